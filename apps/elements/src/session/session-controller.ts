import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IssuerUnreachableError } from '../errors/issuer-unreachable-error.js';
import { SessionError, type SessionAction } from '../errors/session-error.js';
import { MutuaLoggedInEvent, MutuaLoggedOutEvent } from '../events/session-events.js';
import type { AuthClient } from './auth-client.js';
import { navigate } from '../routing/navigate.js';
import { checkIssuer } from './check-issuer.js';
import { loggedOutSession, type SessionState } from './session-state.js';

/** Where the session is in its life: what the shell should show besides the member's data. */
export type SessionStatus = 'restoring' | 'ready' | 'checking-issuer' | 'redirecting' | 'logging-out';

/** Options for {@link SessionController}. */
export interface SessionControllerOptions {
  /** The name the identity provider shows on its consent page. */
  clientName: string;
  /** The URL the provider sends the member back to (default: this page without query or hash). */
  redirectUrl?: () => string;
  /** The page's current URL (default: `location.href`); read once, when restoring. */
  currentUrl?: () => string;
  /** Plain fetch for the issuer check (default: the global fetch). */
  fetch?: typeof globalThis.fetch;
  /** Keeps the page to come back to across the provider's redirect (default: sessionStorage). */
  returnTo?: ReturnToStore;
  /** Moves the app to a path after a redirect (default: the in-app `navigate`, replacing). */
  goTo?: (path: string) => void;
}

/** Where a member was when the app left for the identity provider. */
export interface ReturnToStore {
  save(path: string): void;
  /** The saved path, removed as it is read. */
  take(): string | undefined;
}

const RETURN_TO_KEY = 'mutua:return-to';

const sessionStorageReturnTo: ReturnToStore = {
  save(path) {
    globalThis.sessionStorage?.setItem(RETURN_TO_KEY, path);
  },
  take() {
    const path = globalThis.sessionStorage?.getItem(RETURN_TO_KEY) ?? undefined;
    globalThis.sessionStorage?.removeItem(RETURN_TO_KEY);
    return path;
  },
};

// Answers of a silent (prompt=none) restore that only mean "no session any more".
const SILENT_RESTORE_ERRORS = new Set([
  'login_required',
  'interaction_required',
  'consent_required',
  'account_selection_required',
]);

/**
 * Owns the member's Solid-OIDC session for an app shell: restores it when the host connects,
 * logs in and out, and fires `mutua-logged-in` / `mutua-logged-out` from the host after each change.
 */
export class SessionController implements ReactiveController {
  status: SessionStatus = 'restoring';
  error: Error | undefined;
  state: SessionState;
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly client: AuthClient,
    private readonly options: SessionControllerOptions,
  ) {
    this.state = loggedOutSession();
    host.addController(this);
  }

  hostConnected(): void {
    if (this.started) return;
    this.started = true;
    void this.restore();
  }

  /** Finishes a login redirect or silently restores the previous session. */
  async restore(): Promise<void> {
    this.update('restoring');
    const url = new URL(this.options.currentUrl?.() ?? globalThis.location.href);
    const providerError = url.searchParams.get('error');
    // A reload restores the session through the provider, which sends the browser back to the
    // redirect URL (the app's root): remember the page so the member lands where they were.
    const returning = url.searchParams.has('code') || providerError !== null;
    if (!returning) this.returnTo.save(`${url.pathname}${url.search}${url.hash}`);
    try {
      await this.client.handleIncomingRedirect({ restorePreviousSession: true, url: url.href });
      if (providerError && !SILENT_RESTORE_ERRORS.has(providerError)) {
        this.error = new SessionError('restore', url.searchParams.get('error_description') ?? providerError);
      }
    } catch (cause) {
      this.error = this.toSessionError('restore', cause);
    }
    this.finish(true);
    if (returning) {
      const back = this.returnTo.take();
      if (back?.startsWith('/') && !back.startsWith('//') && back !== url.pathname) this.goTo(back);
    }
  }

  /** Checks that the issuer answers, then sends the browser to it to log in. */
  async login(issuer: URL): Promise<void> {
    this.error = undefined;
    this.update('checking-issuer');
    try {
      const declaredIssuer = await checkIssuer(issuer, this.options.fetch ? { fetch: this.options.fetch } : {});
      this.update('redirecting');
      const href = this.options.currentUrl?.() ?? globalThis.location?.href;
      if (href) {
        const here = new URL(href);
        this.returnTo.save(`${here.pathname}${here.search}${here.hash}`);
      }
      await this.client.login({
        oidcIssuer: declaredIssuer,
        redirectUrl: this.redirectUrl(),
        clientName: this.options.clientName,
      });
    } catch (cause) {
      this.error = cause instanceof IssuerUnreachableError ? cause : this.toSessionError('login', cause);
      this.update('ready');
    }
  }

  /** Ends the session in this app (the provider's own session is left alone). */
  async logout(): Promise<void> {
    this.error = undefined;
    this.update('logging-out');
    try {
      await this.client.logout();
    } catch (cause) {
      this.error = this.toSessionError('logout', cause);
    }
    this.finish(false);
  }

  private finish(announceLogin: boolean): void {
    const wasLoggedIn = this.state.isLoggedIn;
    const { isLoggedIn, webId } = this.client.info;
    this.state = isLoggedIn && webId ? { fetch: this.client.fetch, webId, isLoggedIn: true } : loggedOutSession();
    this.update('ready');
    if (announceLogin && this.state.webId) this.host.dispatchEvent(new MutuaLoggedInEvent(this.state.webId));
    if (wasLoggedIn && !this.state.isLoggedIn) this.host.dispatchEvent(new MutuaLoggedOutEvent());
  }

  private update(status: SessionStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private get returnTo(): ReturnToStore {
    return this.options.returnTo ?? sessionStorageReturnTo;
  }

  private goTo(path: string): void {
    if (this.options.goTo) this.options.goTo(path);
    else navigate(path, { replace: true });
  }

  private redirectUrl(): string {
    if (this.options.redirectUrl) return this.options.redirectUrl();
    const here = new URL(globalThis.location.href);
    return `${here.origin}${here.pathname}`;
  }

  private toSessionError(action: SessionAction, cause: unknown): SessionError {
    return new SessionError(action, cause instanceof Error ? cause.message : String(cause), { cause });
  }
}
