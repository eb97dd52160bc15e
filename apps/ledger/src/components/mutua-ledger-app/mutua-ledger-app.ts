import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { LocationController, navigate, sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Group } from '../../data/core-api.internal.js';
import { LedgerStore } from '../../data/ledger-store.js';
import type { LedgerPort } from '../../data/ledger-port.js';
import { podLedgerPort } from '../../data/pod-ledger-port.js';
import { revalidatingFetch } from '../../data/revalidating-fetch.js';
import { ledgerHref, parseLedgerRoute, type LedgerPage } from '../../routing/ledger-route.js';
import { loadError } from '../../templates/load-status.js';
import '../mutua-ledger-history/mutua-ledger-history.js';
import '../mutua-ledger-home/mutua-ledger-home.js';
import '../mutua-ledger-overview/mutua-ledger-overview.js';
import '../mutua-ledger-pending/mutua-ledger-pending.js';
import '../mutua-ledger-receipt/mutua-ledger-receipt.js';
import '../mutua-ledger-transfer-form/mutua-ledger-transfer-form.js';
import '../mutua-ledger-verification/mutua-ledger-verification.js';
import { styles } from './mutua-ledger-app.styles.js';

/** The mutual-credit ledger app under `/ledger`: balances, history, pay and request, receipts, overview, verification. */
@localized()
@customElement('mutua-ledger-app')
export class MutuaLedgerApp extends LitElement {
  static override styles = styles;

  /** The pod layer; tests may hand in another. */
  @property({ attribute: false }) port: LedgerPort = podLedgerPort;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  private readonly location = new LocationController(this);
  private store: LedgerStore | undefined;
  /** The session's own fetch behind the store's (which wraps it). */
  private storeFetch: typeof globalThis.fetch | undefined;

  private readonly groupsTask = new Task(this, {
    task: ([store, extra]) => (store ? store.myGroups(extra ? [extra] : []) : Promise.resolve([] as Group[])),
    args: () => [this.currentStore(), this.location.searchParams.get('group') ?? undefined] as const,
  });

  override render() {
    if (!this.session?.isLoggedIn) return html`<p>${msg('Log in to see your balances and pay other members.')}</p>`;
    const route = parseLedgerRoute(this.location.url);
    return this.groupsTask.render({
      pending: () => html`<p role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Finding your groups…')}</p>`,
      error: (error) => loadError(error, () => void this.groupsTask.run()),
      complete: (groups) => (groups.length === 0 ? this.renderNoGroups() : this.renderApp(route.page, route.params, groups)),
    });
  }

  private renderNoGroups() {
    return html`<section class="card">
      <h1>${msg('Ledger')}</h1>
      <p>${msg('You are not a member of any group yet. Join a group in the directory; your balance and history appear here once an admin accepts you.')}</p>
      <p><a href="/directory">${msg('Open the directory')}</a></p>
    </section>`;
  }

  private renderApp(page: LedgerPage, params: URLSearchParams, groups: readonly Group[]) {
    const asked = params.get('group');
    const group = groups.find((g) => g.url === asked) ?? groups[0]!;
    const store = this.currentStore()!;
    const viewer = this.session!.webId!;
    const tab = (to: Exclude<LedgerPage, 'not-found'>, label: string) =>
      html`<li><a href=${ledgerHref(to, { group: group.url })} aria-current=${page === to ? 'page' : nothing}>${label}</a></li>`;
    return html`<div class="bar">
        <nav aria-label=${msg('Ledger pages')}>
          <ul>
            ${tab('home', msg('Balances'))} ${tab('history', msg('History'))} ${tab('pay', msg('Pay'))} ${tab('request', msg('Request payment'))}
            ${tab('pending', msg('Requests'))} ${tab('overview', msg('Group overview'))} ${tab('verify', msg('Verification'))}
          </ul>
        </nav>
        ${groups.length > 1
          ? html`<label
              >${msg('Group')}
              <select @change=${(e: Event) => this.pickGroup((e.target as HTMLSelectElement).value)}>
                ${groups.map((g) => html`<option value=${g.url} ?selected=${g.url === group.url}>${g.name}</option>`)}
              </select></label
            >`
          : nothing}
      </div>
      ${asked && group.url !== asked
        ? html`<p role="alert" class="alert">
            ${msg(str`The link was for a group you are not an active member of (${asked}); this page shows ${group.name} instead. Join that group through the directory to trade in it.`)}
          </p>`
        : nothing}
      ${this.renderPage(page, params, groups, group.url, store, viewer)}`;
  }

  private renderPage(page: LedgerPage, params: URLSearchParams, groups: readonly Group[], group: string, store: LedgerStore, viewer: string) {
    switch (page) {
      case 'home':
        return html`<mutua-ledger-home .store=${store} .groups=${groups} .viewer=${viewer}></mutua-ledger-home>`;
      case 'history':
        return html`<mutua-ledger-history .store=${store} .group=${group} .viewer=${viewer} .params=${params}></mutua-ledger-history>`;
      case 'pay':
      case 'request':
        return html`<mutua-ledger-transfer-form .store=${store} .group=${group} .viewer=${viewer} .mode=${page} .params=${params}></mutua-ledger-transfer-form>`;
      case 'pending':
        return html`<mutua-ledger-pending .store=${store} .group=${group} .viewer=${viewer}></mutua-ledger-pending>`;
      case 'receipt':
        return html`<mutua-ledger-receipt .store=${store} .group=${group} .viewer=${viewer} .entry=${Number(params.get('entry') ?? -1)}></mutua-ledger-receipt>`;
      case 'overview':
        return html`<mutua-ledger-overview .store=${store} .group=${group} .viewer=${viewer}></mutua-ledger-overview>`;
      case 'verify':
        return html`<mutua-ledger-verification .store=${store} .group=${group}></mutua-ledger-verification>`;
      case 'not-found':
        return html`<section class="card">
          <h1>${msg('Page not found')}</h1>
          <p>${msg('This ledger page does not exist.')} <a href=${ledgerHref('home')}>${msg('Go to your balances')}</a></p>
        </section>`;
    }
  }

  private pickGroup(url: string): void {
    const next = new URL(this.location.url);
    next.searchParams.set('group', url);
    navigate(next, { replace: true });
  }

  // One store per logged-in member: a new login (or another port) starts from nothing.
  private currentStore(): LedgerStore | undefined {
    const { session } = this;
    if (!session?.isLoggedIn || !session.webId) return (this.store = undefined);
    if (!this.store || this.store.session.webId !== session.webId || this.storeFetch !== session.fetch || this.store.port !== this.port) {
      this.store = new LedgerStore(this.port, { fetch: revalidatingFetch(session.fetch), webId: session.webId });
      this.storeFetch = session.fetch;
    }
    return this.store;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-app': MutuaLedgerApp;
  }
}
