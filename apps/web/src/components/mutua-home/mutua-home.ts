import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AppRoute } from '../../routes/app-route.js';
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

  /** The apps to offer, from the app route table. */
  @property({ attribute: false }) routes: readonly AppRoute[] = [];

  override render() {
    return html`<section aria-labelledby="home-title">
      <h1 id="home-title">${this.name ? msg(str`Welcome, ${this.name}`) : msg('Welcome to Mutua')}</h1>
      <p class="muted webid">${msg(str`You are logged in with ${this.session?.webId ?? ''}.`)}</p>
      <ul class="cards">
        ${this.routes.map(
          (route) =>
            html`<li class="card">
              <h2><a href=${route.path}>${route.label()}</a></h2>
              <p>${route.description()}</p>
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
