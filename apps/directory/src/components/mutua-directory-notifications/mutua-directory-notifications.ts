import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { directoryHref } from '../../data/directory-route.js';
import type { InboxNotification } from '../../data/inbox-notification.js';
import type { LoadedNetwork } from '../../data/load-network.js';
import { loadNotifications, type LoadedNotifications } from '../../data/load-notifications.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { styles } from './mutua-directory-notifications.styles.js';

/** The member's notifications (join answers, removals, and what other apps drop in the inbox), newest first. */
@localized()
@customElement('mutua-directory-notifications')
export class MutuaDirectoryNotifications extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  /** Used to name groups; notifications about unknown groups show the group's address. */
  @property({ attribute: false })
  network: LoadedNetwork | undefined;

  private readonly notifications = new Task(this, {
    task: ([webId, fetch], { signal }): Promise<LoadedNotifications | undefined> =>
      webId && fetch ? loadNotifications(webId, { fetch, signal }) : Promise.resolve(undefined),
    args: () => [this.session?.webId, this.session?.fetch] as const,
  });

  override render() {
    return html`<section aria-labelledby="notifications-title">
      <h2 id="notifications-title">${msg('Notifications')}</h2>
      ${this.notifications.render({
        pending: () => html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Reading your inbox…')}</p>`,
        error: (error) => html`<div role="alert" class="alert">
          <p>${msg(str`Your inbox could not be read. ${describeFailure(error)}`)}</p>
          <button type="button" @click=${() => this.notifications.run()}>${msg('Try again')}</button>
        </div>`,
        complete: (loaded) => (loaded ? this.renderList(loaded) : nothing),
      })}
    </section>`;
  }

  private renderList({ inbox, notifications, errors }: LoadedNotifications) {
    if (!inbox) return html`<p class="empty">${msg('Your profile names no inbox, so nobody can notify you. Edit your profile to set up your pod again.')}</p>`;
    return html`${
      notifications.length === 0
        ? html`<p class="empty">${msg('No notifications. Answers to your requests to join appear here.')}</p>`
        : html`<ul data-testid="notifications">
            ${notifications.map((n) => html`<li>${this.describe(n)} ${n.published ? html`<span class="muted">${this.formatDate(n.published)}</span>` : nothing}</li>`)}
          </ul>`
    }
    ${errors.length ? html`<p role="alert" class="alert">${msg(str`${errors.length} notification(s) could not be read.`)}</p>` : nothing}`;
  }

  private describe(n: InboxNotification) {
    const groupUrl = n.target ?? n.actor;
    const known = this.network?.groups.find((g) => g.group.url === groupUrl);
    const group = known ? html`<a href=${directoryHref({ page: 'group', group: known.group.url })}>${known.group.name}</a>` : html`${groupUrl ?? msg('a group')}`;
    switch (n.kind) {
      case 'Accept':
        return html`${msg('Your request to join was accepted:')} ${group}`;
      case 'Reject':
        return html`${msg('Your request to join was declined:')} ${group}`;
      case 'Remove':
        return html`${msg('You are no longer a member of')} ${group}`;
      default:
        // Other apps' notifications: their own summary, shown as text.
        return html`${n.summary ?? msg(str`New notification (${n.kind})`)}`;
    }
  }

  private formatDate(published: string): string {
    const date = new Date(published);
    if (Number.isNaN(date.getTime())) return published;
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-notifications': MutuaDirectoryNotifications;
  }
}
