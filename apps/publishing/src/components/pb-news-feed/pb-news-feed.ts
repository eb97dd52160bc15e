import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { getGroupNewsAll, publishingLayout } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderMarkdown } from '../../data/markdown.js';
import { loadPrivatePictures } from '../../data/private-pictures.js';
import { styles } from './pb-news-feed.styles.js';

/** A group's news as the logged-in member may read it, newest first. */
@localized()
@customElement('pb-news-feed')
export class PbNewsFeed extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  /** Bump to reload after a post was written. */
  @property({ type: Number }) revision = 0;

  private pictures = new Map<string, string>();

  private readonly news = new Task(this, {
    task: async ([root, fetch]) => {
      if (!root || !fetch) return undefined;
      const result = await getGroupNewsAll(root, { fetch });
      // Members-only pictures need the session's fetch; public ones load as plain images.
      const publicPosts = publishingLayout(root).publicPosts;
      const privateUrls = result.items.flatMap((item) => (item.image && !item.image.startsWith(publicPosts) && item.visibility === 'membersOnly' ? [item.image] : []));
      this.revokePictures();
      this.pictures = await loadPrivatePictures(privateUrls, fetch);
      return result;
    },
    args: () => [this.root, this.fetch, this.revision] as const,
  });

  private revokePictures(): void {
    for (const url of this.pictures.values()) URL.revokeObjectURL(url);
    this.pictures = new Map();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revokePictures();
  }

  override render() {
    return this.news.render({
      pending: () => html`<p role="status">${msg('Loading news…')}</p>`,
      error: (error) => html`<p role="alert">${msg('The news could not be read.')} (${String((error as Error).message ?? error)})</p>`,
      complete: (result) => {
        if (!result) return html``;
        if (result.items.length === 0) return html`<p>${msg('No news yet.')}</p>`;
        return html`${result.items.map(
          (item) => html`<article>
            <h3>${item.headline}${item.visibility === 'membersOnly' ? html`<span class="badge">${msg('Members only')}</span>` : ''}</h3>
            <p class="meta"><time datetime=${item.published}>${new Date(item.published).toLocaleString()}</time></p>
            ${item.image ? html`<img src=${this.pictures.get(item.image) ?? item.image} alt="" />` : ''}
            <div class="body">${unsafeHTML(renderMarkdown(item.body))}</div>
          </article>`,
        )}
        ${result.errors.length ? html`<p role="note">${msg('Some posts could not be shown because they are not valid news.')}</p>` : ''}`;
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-news-feed': PbNewsFeed;
  }
}
