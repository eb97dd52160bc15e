import { provide } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import {
  LocationController,
  MemberProfileController,
  inAppLinkOf,
  navigate,
  SessionController,
  loggedOutSession,
  sessionContext,
  type SessionState,
} from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { loadAppConfig } from '../../app-config/load-app-config.js';
import type { MutuaIssuerChosenEvent } from '../../events/web-events.js';
import { configErrorSummary } from '../../i18n/describe-error.js';
import { createAuthClient } from '../../session/create-auth-client.js';
import '../mutua-app-nav/mutua-app-nav.js';
import '../mutua-error-message/mutua-error-message.js';
import '../mutua-home/mutua-home.js';
import '../mutua-language-picker/mutua-language-picker.js';
import '../mutua-login/mutua-login.js';
import '../mutua-route-outlet/mutua-route-outlet.js';
import '../mutua-user-menu/mutua-user-menu.js';
import { matchRoute } from '../../routes/app-route.js';
import { appRoutes } from '../../routes/app-routes.js';
import { logo } from './logo.internal.js';
import { styles } from './mutua-app.styles.js';

/**
 * The member web app shell: header with navigation, language and user menu; the login panel
 * or the member's home. Owns the session and the member's profile, and provides the session
 * to every component below.
 */
@localized()
@customElement('mutua-app')
export class MutuaApp extends LitElement {
  static override styles = styles;

  private readonly session = new SessionController(this, createAuthClient(), { clientName: 'Mutua' });

  private readonly profile = new MemberProfileController(this, () => this.session.state);

  private readonly location = new LocationController(this);

  // Onboarding belongs to the directory app, loaded only once someone is logged in.
  private readonly onboarding = new Task(this, {
    task: async ([webId, fetch]: readonly [string | undefined, typeof globalThis.fetch], { signal }) => {
      if (!webId) return false;
      const { needsOnboarding } = await import('@mutua/directory');
      return needsOnboarding(webId, { fetch, signal });
    },
    args: () => [this.sessionState.webId, this.sessionState.fetch] as const,
  });

  private readonly config = new Task(this, {
    task: (_args: readonly [], { signal }) => loadAppConfig({ signal }),
    args: () => [] as const,
  });

  @provide({ context: sessionContext })
  @state()
  private sessionState: SessionState = loggedOutSession();

  override connectedCallback(): void {
    super.connectedCallback();
    // Links inside any app's shadow root switch apps without reloading (and losing the session).
    this.addEventListener('click', this.followInAppLink);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.followInAppLink);
  }

  override willUpdate(): void {
    // The controller owns the state; the context only republishes it when it really changed.
    if (this.sessionState !== this.session.state) this.sessionState = this.session.state;
  }

  override render() {
    return html`<a class="skip-link" href="#main" @click=${this.skipToMain}>${msg('Skip to content')}</a>
      <header>
        <div class="bar">
          <a class="brand" href="/" aria-label=${msg('Mutua home')}>${logo}<span>Mutua</span></a>
          <div class="tools">
            <mutua-language-picker></mutua-language-picker>
            ${
              this.sessionState.isLoggedIn
                ? html`<mutua-user-menu
                    .webId=${this.sessionState.webId}
                    .profile=${this.profile.task.value}
                    ?loading=${this.profile.task.status === TaskStatus.PENDING}
                    ?busy=${this.session.status === 'logging-out'}
                    @mutua-logout-requested=${() => this.session.logout()}
                  ></mutua-user-menu>`
                : nothing
            }
          </div>
        </div>
        <mutua-app-nav .routes=${appRoutes} .pathname=${this.location.url.pathname}></mutua-app-nav>
      </header>
      <main id="main" tabindex="-1">${this.renderMain()}</main>
      <footer>${msg('Your data stays in your own Solid pod.')}</footer>`;
  }

  private renderMain() {
    const status = this.session.status;
    if (status === 'restoring') {
      return html`<p class="status" role="status">
        <span class="spinner" aria-hidden="true"></span> ${msg('Checking your session…')}
      </p>`;
    }
    if (this.sessionState.isLoggedIn) return this.renderHome();
    const busy = status === 'checking-issuer' || status === 'redirecting' || status === 'logging-out';
    return html`${this.config.render({
        error: () => html`<mutua-error-message summary=${configErrorSummary()}></mutua-error-message>`,
      })}
      ${
        busy
          ? html`<p class="status" role="status">
              <span class="spinner" aria-hidden="true"></span>
              ${status === 'redirecting' ? msg('Taking you to your identity provider…') : msg('Contacting the identity provider…')}
            </p>`
          : nothing
      }
      <mutua-login
        .issuer=${this.config.value?.issuer}
        ?busy=${busy}
        .error=${this.session.error}
        @mutua-issuer-chosen=${(event: MutuaIssuerChosenEvent) => this.session.login(event.issuer)}
      ></mutua-login>`;
  }

  private renderHome() {
    const task = this.profile.task;
    return html`${this.session.error ? html`<mutua-error-message .error=${this.session.error}></mutua-error-message>` : nothing}
    ${
      task.status === TaskStatus.ERROR
        ? html`<mutua-error-message .error=${task.error}>
            <button type="button" @click=${() => this.profile.retry()}>${msg('Try again')}</button>
          </mutua-error-message>`
        : nothing
    }
    ${this.renderRoute()}`;
  }

  private renderRoute() {
    if (this.onboarding.status === TaskStatus.PENDING) {
      return html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Checking your pod…')}</p>`;
    }
    if (this.onboarding.value === true) {
      return html`<mutua-onboarding @mutua-onboarded=${() => (this.onboarding.run(), this.profile.retry())}></mutua-onboarding>`;
    }
    // A failed check must not lock the member out: say so, and show the app.
    const checkFailed = this.onboarding.status === TaskStatus.ERROR ? html`<mutua-error-message .error=${this.onboarding.error}></mutua-error-message>` : nothing;
    const route = matchRoute(appRoutes, this.location.url.pathname);
    if (route) return html`${checkFailed}<mutua-route-outlet .route=${route}></mutua-route-outlet>`;
    return html`${checkFailed}<mutua-home .name=${this.profile.task.value?.name} .routes=${appRoutes}></mutua-home>`;
  }

  private readonly followInAppLink = (event: MouseEvent): void => {
    const url = inAppLinkOf(event);
    if (!url) return;
    event.preventDefault();
    navigate(url);
  };

  private skipToMain(event: Event): void {
    // Fragment links do not reach into shadow roots, so focus the landmark by hand.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#main')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-app': MutuaApp;
  }
}
