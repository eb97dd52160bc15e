import { localized, msg } from '@lit/localize';
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { styles } from './mutua-app-nav.styles.js';

/** Navigation between Mutua's apps; the apps not built yet are listed as coming soon. */
@localized()
@customElement('mutua-app-nav')
export class MutuaAppNav extends LitElement {
  static override styles = styles;

  override render() {
    const comingSoon = [msg('Marketplace'), msg('Ledger'), msg('Decisions'), msg('Directory')];
    return html`<nav aria-label=${msg('Apps')}>
      <ul>
        <li><a href="/" aria-current="page">${msg('Home')}</a></li>
        ${comingSoon.map(
          (name) =>
            html`<li>
              <span class="soon" aria-disabled="true">${name} <small>${msg('soon')}</small></span>
            </li>`,
        )}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-app-nav': MutuaAppNav;
  }
}
