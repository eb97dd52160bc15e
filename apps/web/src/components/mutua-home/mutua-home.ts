import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styles } from './mutua-home.styles.js';

/** The logged-in member's start page: where each app will live. */
@localized()
@customElement('mutua-home')
export class MutuaHome extends LitElement {
  static override styles = styles;

  /** The member's name from their profile, when it has one. */
  @property() name: string | undefined;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  override render() {
    const apps = [
      { name: msg('Marketplace'), text: msg('Offers and wants from the members of your groups.') },
      { name: msg('Ledger'), text: msg('Your balance, payments and invoices in mutual credit.') },
      { name: msg('Decisions'), text: msg('Proposals and votes of your groups.') },
      { name: msg('Directory'), text: msg('Members, groups and what they can do.') },
    ];
    return html`<section aria-labelledby="home-title">
      <h1 id="home-title">${this.name ? msg(str`Welcome, ${this.name}`) : msg('Welcome to Mutua')}</h1>
      <p class="muted webid">${msg(str`You are logged in with ${this.session?.webId ?? ''}.`)}</p>
      <ul class="cards">
        ${apps.map(
          (app) =>
            html`<li class="card">
              <h2>${app.name}</h2>
              <p>${app.text}</p>
              <p class="soon">${msg('Coming soon')}</p>
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-home': MutuaHome;
  }
}
