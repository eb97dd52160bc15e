import { localized, msg } from '@lit/localize';
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AppRoute } from '../../routes/app-route.js';
import { matchRoute } from '../../routes/app-route.js';
import { styles } from './mutua-app-nav.styles.js';

/** Navigation between Mutua's apps; the current one is marked for assistive technology too. */
@localized()
@customElement('mutua-app-nav')
export class MutuaAppNav extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) routes: readonly AppRoute[] = [];

  @property() pathname = '/';

  override render() {
    const current = matchRoute(this.routes, this.pathname);
    return html`<nav aria-label=${msg('Apps')}>
      <ul>
        <li><a href="/" aria-current=${current ? 'false' : 'page'}>${msg('Home')}</a></li>
        ${this.routes.map(
          (route) =>
            html`<li>
              <a href=${route.path} aria-current=${route === current ? 'page' : 'false'}>${route.label()}</a>
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
