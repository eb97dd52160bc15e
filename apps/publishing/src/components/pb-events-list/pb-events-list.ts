import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { getGroupEventsAll, publishingLayout } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderMarkdown } from '../../data/markdown.js';
import { styles } from './pb-events-list.styles.js';

/** A group's calendar as a list by start time, with the address calendar apps subscribe to. */
@localized()
@customElement('pb-events-list')
export class PbEventsList extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';

  private readonly events = new Task(this, {
    task: ([root, fetch]) => (root && fetch ? getGroupEventsAll(root, { fetch }) : Promise.resolve(undefined)),
    args: () => [this.root, this.fetch] as const,
  });

  override render() {
    const calendar = this.root ? publishingLayout(this.root).calendar : '';
    return html`${calendar ? html`<p>${msg('Subscribe in your calendar app:')} <a href=${calendar}>${calendar}</a></p>` : ''}
      ${this.events.render({
        pending: () => html`<p role="status">${msg('Loading events…')}</p>`,
        error: (error) => html`<p role="alert">${msg('The events could not be read.')} (${String((error as Error).message ?? error)})</p>`,
        complete: (result) =>
          !result
            ? html``
            : result.items.length === 0
              ? html`<p>${msg('No events yet.')}</p>`
              : html`<ul>
                  ${result.items.map(
                    ({ event, visibility }) => html`<li>
                      <strong>${event.name}</strong>
                      <span class="meta"><time datetime=${event.startDate}>${new Date(event.startDate).toLocaleString()}</time>${event.location ? html`, ${event.location.name}` : ''}
                      ${visibility === 'membersOnly' ? html` · ${msg('Members only')}` : ''}</span>
                      ${event.description ? html`<div>${unsafeHTML(renderMarkdown(event.description))}</div>` : ''}
                    </li>`,
                  )}
                </ul>`,
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-events-list': PbEventsList;
  }
}
