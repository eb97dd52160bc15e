import { localized, msg, str } from '@lit/localize';
import { parseIssuerUrl } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { MutuaIssuerChosenEvent } from '../../events/web-events.js';
import '../mutua-error-message/mutua-error-message.js';
import { styles } from './mutua-login.styles.js';

/**
 * The login panel: one button for the network's own pod server and a field for any other
 * Solid-OIDC provider. Fires `mutua-issuer-chosen`; the shell does the redirect.
 */
@localized()
@customElement('mutua-login')
export class MutuaLogin extends LitElement {
  static override styles = styles;

  /** Issuer of the bundled pod server; the default button is hidden until it is known. */
  @property() issuer: string | undefined;

  /** True while the shell checks the provider or redirects: buttons are disabled. */
  @property({ type: Boolean }) busy = false;

  /** The last login failure, explained to the member. */
  @property({ attribute: false }) error: unknown;

  @state() private otherIssuer = '';
  @state() private invalidInput = false;

  override render() {
    return html`<section class="card" aria-labelledby="login-title" aria-busy=${this.busy ? 'true' : 'false'}>
      <h1 id="login-title">${msg('Log in with your Solid pod')}</h1>
      <p class="lead">
        ${msg('Mutua keeps your offers, payments and votes in a pod that you control. Log in to see your network.')}
      </p>
      ${this.renderBundled()}
      ${this.error ? html`<mutua-error-message .error=${this.error}></mutua-error-message>` : nothing}
      <form class="other" novalidate @submit=${this.onSubmitOther}>
        <h2>${msg('Use another provider')}</h2>
        <label for="issuer">${msg('Identity provider address')}</label>
        <div class="row">
          <input
            id="issuer"
            name="issuer"
            type="url"
            inputmode="url"
            autocomplete="url"
            spellcheck="false"
            placeholder="https://solidcommunity.net"
            aria-describedby="issuer-help ${this.invalidInput ? 'issuer-invalid' : ''}"
            aria-invalid=${this.invalidInput ? 'true' : 'false'}
            .value=${this.otherIssuer}
            @input=${this.onInput}
          />
          <button type="submit" ?disabled=${this.busy}>${msg('Log in')}</button>
        </div>
        <p id="issuer-help" class="muted help">${msg('The address where you usually log in to your pod.')}</p>
        ${
          this.invalidInput
            ? html`<p id="issuer-invalid" class="error help" role="alert">
                ${msg('Enter a web address starting with https:// (or http:// for a server on this computer).')}
              </p>`
            : nothing
        }
      </form>
    </section>`;
  }

  private renderBundled() {
    if (!this.issuer) return nothing;
    const host = new URL(this.issuer).host;
    return html`<div class="bundled">
      <button class="primary" type="button" ?disabled=${this.busy} @click=${this.onBundled}>
        ${this.busy ? html`<span class="spinner" aria-hidden="true"></span> ` : nothing}${msg("Log in with this network's pod server")}
      </button>
      <p class="muted help">${msg(str`Your pod is hosted at ${host}.`)}</p>
    </div>`;
  }

  private onBundled(): void {
    const issuer = this.issuer ? parseIssuerUrl(this.issuer) : undefined;
    if (issuer) this.dispatchEvent(new MutuaIssuerChosenEvent(issuer));
  }

  private onInput(event: InputEvent): void {
    this.otherIssuer = (event.target as HTMLInputElement).value;
    this.invalidInput = false;
  }

  private onSubmitOther(event: SubmitEvent): void {
    event.preventDefault();
    const issuer = parseIssuerUrl(this.otherIssuer);
    this.invalidInput = issuer === undefined;
    if (issuer) this.dispatchEvent(new MutuaIssuerChosenEvent(issuer));
    else this.renderRoot.querySelector<HTMLInputElement>('#issuer')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-login': MutuaLogin;
  }
}
