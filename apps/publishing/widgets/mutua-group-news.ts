import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
// Deep import: the core's index would bring its RDF stack into the embed script.
import { publishingLayout } from '../../core/src/publishing/publishing-layout.js';
import { inertHtml } from './inert-html.js';
import { readAtomFeed } from './read-atom-feed.js';

/**
 * Embeddable list of a group's public news: `<mutua-group-news group="https://host/group-pod/" limit="5">`.
 * Reads the group's generated Atom feed (one request), not each post's RDF.
 */
@customElement('mutua-group-news')
export class MutuaGroupNews extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; }
    article { margin: 0 0 1rem; }
    h3 { margin: 0; font-size: 1.1em; }
    time { color: #666; font-size: 0.9em; }
    img { max-width: 100%; }
  `;

  /** The group's storage root (its pod URL, ending with a slash). */
  @property() group = '';
  @property({ type: Number }) limit = 5;

  private readonly news = new Task(this, {
    // Anonymous reads only: an embedding site never holds a member's session.
    task: ([group]) => (group ? readAtomFeed(publishingLayout(group).atomFeed) : Promise.resolve(undefined)),
    args: () => [this.group] as const,
  });

  override render() {
    return this.news.render({
      pending: () => html`<p part="status">…</p>`,
      error: () => html`<p part="status">News unavailable.</p>`,
      complete: (entries) =>
        html`${(entries ?? []).slice(0, this.limit).map(
          (entry) => html`<article part="item"><h3>${entry.title}</h3><time datetime=${entry.published}>${new Date(entry.published).toLocaleDateString()}</time><div>${inertHtml(entry.html)}</div></article>`,
        )}`,
    });
  }
}
