import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { LocationController, sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { directoryHref, parseDirectoryRoute, type DirectoryRoute } from '../../data/directory-route.js';
import { loadMyNetwork } from '../../data/load-my-network.js';
import type { LoadedNetwork } from '../../data/load-network.js';
import { MutuaDirectoryChangedEvent } from '../../events/directory-events.js';
import { describeFailure } from '../../messages/describe-failure.js';
import '../mutua-directory-group/mutua-directory-group.js';
import '../mutua-directory-group-admin/mutua-directory-group-admin.js';
import '../mutua-directory-home/mutua-directory-home.js';
import '../mutua-directory-member/mutua-directory-member.js';
import '../mutua-directory-members/mutua-directory-members.js';
import '../mutua-directory-network/mutua-directory-network.js';
import '../mutua-directory-new-group/mutua-directory-new-group.js';
import '../mutua-profile-editor/mutua-profile-editor.js';
import { styles } from './mutua-directory-app.styles.js';

/** How long a read of the network counts as current when the member moves between pages. */
const NETWORK_FRESH_MS = 15_000;

/**
 * The directory app under `/directory`: my groups, members, the network of groups, group pages
 * with their admin screens, and the profile editor. Loads the network once and reloads it when
 * a page reports a change (joining, approving, removing, creating).
 */
@localized()
@customElement('mutua-directory-app')
export class MutuaDirectoryApp extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @state()
  private revision = 0;

  private readonly location = new LocationController(this);

  /** Address shown last and when the network was last read, to refresh it on navigation. */
  private lastHref = '';
  private loadedAt = 0;

  private readonly network = new Task(this, {
    task: ([webId, fetch], { signal }): Promise<LoadedNetwork | undefined> =>
      webId && fetch ? loadMyNetwork(webId, { fetch, signal }).finally(() => (this.loadedAt = Date.now())) : Promise.resolve(undefined),
    args: () => [this.session?.webId, this.session?.fetch, this.revision] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(MutuaDirectoryChangedEvent.eventName, this.reload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(MutuaDirectoryChangedEvent.eventName, this.reload);
  }

  // Memberships change in other browsers (an admin approves or removes me): moving to another
  // page re-reads the network when the last read is older than NETWORK_FRESH_MS.
  override willUpdate(): void {
    const href = this.location.url.href;
    if (href === this.lastHref) return;
    this.lastHref = href;
    if (this.loadedAt !== 0 && Date.now() - this.loadedAt > NETWORK_FRESH_MS && this.network.status !== TaskStatus.PENDING) this.revision += 1;
  }

  override render() {
    const route = parseDirectoryRoute(this.location.url);
    return html`${this.renderNav(route)}${this.renderPage(route)}`;
  }

  private renderNav(route: DirectoryRoute) {
    const items: [DirectoryRoute, string][] = [
      [{ page: 'home' }, msg('My groups')],
      [{ page: 'members' }, msg('Members')],
      [{ page: 'groups' }, msg('Network')],
      [{ page: 'new-group' }, msg('Create a group')],
      [{ page: 'edit-profile' }, msg('My profile')],
    ];
    return html`<nav aria-label=${msg('Directory')}>
      <ul>
        ${items.map(
          ([target, label]) =>
            html`<li><a href=${directoryHref(target)} aria-current=${target.page === route.page ? 'page' : nothing}>${label}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderPage(route: DirectoryRoute) {
    if (!this.session?.isLoggedIn || !this.session.webId) return html`<p class="empty">${msg('Log in to see the directory.')}</p>`;
    if (route.page === 'edit-profile') return html`<mutua-profile-editor></mutua-profile-editor>`;
    if (route.page === 'new-group') return html`<mutua-directory-new-group></mutua-directory-new-group>`;
    if (route.page === 'member') return html`<mutua-directory-member .webId=${route.webId} .network=${this.network.value}></mutua-directory-member>`;
    if (route.page === 'not-found') {
      return html`<h1>${msg('Page not found')}</h1>
        <p>${msg('This directory page does not exist.')} <a href=${directoryHref({ page: 'home' })}>${msg('Go to my groups')}</a></p>`;
    }
    // A reload keeps the current page on screen, so a page's own messages survive it.
    const network = this.network.value;
    if (this.network.status === TaskStatus.ERROR) {
      return html`<div role="alert" class="alert">
        <p>${describeFailure(this.network.error)}</p>
        <button type="button" @click=${this.reload}>${msg('Try again')}</button>
      </div>`;
    }
    if (!network) {
      return html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Loading the groups of the network…')}</p>`;
    }
    return this.renderNetworkPage(route, network);
  }

  private renderNetworkPage(route: DirectoryRoute, network: LoadedNetwork) {
    switch (route.page) {
      case 'home':
        return html`<mutua-directory-home .network=${network}></mutua-directory-home>`;
      case 'members':
        return html`<mutua-directory-members .network=${network}></mutua-directory-members>`;
      case 'groups':
        return html`<mutua-directory-network .network=${network}></mutua-directory-network>`;
      case 'group':
        return html`<mutua-directory-group .groupUrl=${route.group} .network=${network}></mutua-directory-group>`;
      case 'group-admin':
        return html`<mutua-directory-group-admin .groupUrl=${route.group} .network=${network}></mutua-directory-group-admin>`;
      default:
        return nothing;
    }
  }

  private readonly reload = (): void => {
    this.revision += 1;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-app': MutuaDirectoryApp;
  }
}
