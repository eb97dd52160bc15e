import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { LocationController, sessionContext, type SessionState } from '@mutua/elements';
import { publishingLayout } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { loadPublishingMember, type PublishingGroup } from '../../data/publishing-member.js';
import '../pb-news-feed/pb-news-feed.js';
import '../pb-news-form/pb-news-form.js';
import '../pb-events-list/pb-events-list.js';
import '../pb-document-library/pb-document-library.js';
import '../pb-news-settings/pb-news-settings.js';
import { styles } from './mutua-publishing-app.styles.js';

/** The publishing app below `/news`: a group's news, writing a post, its events and its documents. */
@localized()
@customElement('mutua-publishing-app')
export class MutuaPublishingApp extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @state() private revision = 0;

  private readonly location = new LocationController(this);

  private readonly member = new Task(this, {
    task: ([webId, fetch]) => (webId && fetch ? loadPublishingMember(webId, fetch) : Promise.resolve(undefined)),
    args: () => [this.session?.webId, this.session?.fetch] as const,
  });

  private page(path: string, group: PublishingGroup, webId: string) {
    const fetch = this.session!.fetch;
    switch (path) {
      case '/news/write':
        return group.canPublish
          ? html`<pb-news-form .fetch=${fetch} root=${group.root} author=${webId} ?admin=${group.isAdmin} @pb-news-published=${() => (this.revision += 1)}></pb-news-form>`
          : html`<p>${msg('Only the admins of this group may write its news.')}</p>`;
      case '/news/settings':
        return group.isAdmin
          ? html`<pb-news-settings .fetch=${fetch} root=${group.root} rule=${group.newsRule} @pb-news-rule-changed=${() => this.member.run()}></pb-news-settings>`
          : html`<p>${msg('Only the admins of this group may change its settings.')}</p>`;
      case '/news/events':
        return html`<pb-events-list .fetch=${fetch} root=${group.root} group=${group.url} ?can-publish=${group.isAdmin}></pb-events-list>`;
      case '/news/documents':
        return html`<pb-document-library .fetch=${fetch} root=${group.root} author=${webId} ?can-publish=${group.isAdmin}></pb-document-library>`;
      default:
        return html`<pb-news-feed .fetch=${fetch} root=${group.root} revision=${this.revision}></pb-news-feed>`;
    }
  }

  override render() {
    if (!this.session?.isLoggedIn) return html`<p role="status">${msg('Log in to read and write the news of your groups.')}</p>`;
    const path = this.location.url.pathname.replace(/\/+$/, '');
    const groupParam = this.location.searchParams.get('group');
    return this.member.render({
      pending: () => html`<p role="status">${msg('Loading your groups…')}</p>`,
      error: (error) => html`<p role="alert" class="error">${msg('Your profile could not be read, so your groups are unknown.')} (${String((error as Error).message ?? error)})</p>`,
      complete: (member) => {
        if (!member) return html``;
        const group = member.groups.find((g) => g.url === groupParam) ?? member.groups[0];
        if (!group) return html`<p>${msg('You are not a member of any group yet.')}</p>`;
        const suffix = `?group=${encodeURIComponent(group.url)}`;
        const tab = (href: string, label: string) => html`<a href=${`${href}${suffix}`} aria-current=${path === href ? 'page' : 'false'}>${label}</a>`;
        return html`<nav aria-label=${msg('Publishing')}>
            ${tab('/news', msg('News'))} ${group.canPublish ? tab('/news/write', msg('Write a post')) : ''} ${tab('/news/events', msg('Events'))}
            ${tab('/news/documents', msg('Documents'))} ${group.isAdmin ? tab('/news/settings', msg('Settings')) : ''}
            <a href=${publishingLayout(group.root).publicPage} target="_blank" rel="noopener">${msg('Public page')}</a>
          </nav>
          ${member.groups.length > 1
            ? html`<p>${member.groups.map((g) => html`<a href=${`${path || '/news'}?group=${encodeURIComponent(g.url)}`} aria-current=${g.url === group.url ? 'true' : 'false'}>${g.name}</a> `)}</p>`
            : html`<h2>${group.name}</h2>`}
          ${this.page(path, group, member.webId)}`;
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-publishing-app': MutuaPublishingApp;
  }
}
