import { Task } from '@lit/task';
import { createMarkdownRenderer, getGroupNewsAll } from '@mutua/core';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/** Embeddable list of a group's public news: `<mutua-group-news group="https://host/group-pod/" limit="5">`. */
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
    task: ([group]) => (group ? getGroupNewsAll(group, { fetch: globalThis.fetch.bind(globalThis), publicOnly: true }) : Promise.resolve(undefined)),
    args: () => [this.group] as const,
  });

  override render() {
    const render = createMarkdownRenderer(window);
    return this.news.render({
      pending: () => html`<p part="status">…</p>`,
      error: () => html`<p part="status">News unavailable.</p>`,
      complete: (result) =>
        html`${(result?.items ?? []).slice(0, this.limit).map(
          (item) => html`<article part="item"><h3>${item.headline}</h3><time datetime=${item.published}>${new Date(item.published).toLocaleDateString()}</time>${item.image ? html`<img src=${item.image} alt="" />` : ''}<div>${unsafeHTML(render(item.body))}</div></article>`,
        )}`,
    });
  }
}
