import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { getGroupEventsAll, publishingLayout, type GroupEvent } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderMarkdown } from '../../data/markdown.js';
import '../pb-event-form/pb-event-form.js';
import { styles } from './pb-events-list.styles.js';

/** A group's calendar as a list by start time, with the address calendar apps subscribe to; publishers add and edit events. */
@localized()
@customElement('pb-events-list')
export class PbEventsList extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  /** The group's IRI, the organiser of new events. */
  @property() group = '';
  /** Whether the member may write the group's calendar (shows the forms). */
  @property({ type: Boolean, attribute: 'can-publish' }) canPublish = false;
  @state() private revision = 0;
  @state() private editing: GroupEvent | undefined;

  private readonly events = new Task(this, {
    task: ([root, fetch]) => (root && fetch ? getGroupEventsAll(root, { fetch }) : Promise.resolve(undefined)),
    args: () => [this.root, this.fetch, this.revision] as const,
  });

  private saved(): void {
    this.editing = undefined;
    this.revision += 1;
  }

  private form() {
    if (!this.canPublish) return '';
    return this.editing
      ? html`<section aria-label=${msg('Edit the event')}>
          <h3>${msg('Edit the event')}</h3>
          <pb-event-form .fetch=${this.fetch} root=${this.root} group=${this.group} .editing=${this.editing} @pb-event-saved=${this.saved}></pb-event-form>
          <button type="button" @click=${() => (this.editing = undefined)}>${msg('Cancel')}</button>
        </section>`
      : html`<details>
          <summary>${msg('Add an event')}</summary>
          <pb-event-form .fetch=${this.fetch} root=${this.root} group=${this.group} @pb-event-saved=${this.saved}></pb-event-form>
        </details>`;
  }

  override render() {
    const calendar = this.root ? publishingLayout(this.root).calendar : '';
    return html`${calendar ? html`<p>${msg('Subscribe in your calendar app:')} <a href=${calendar}>${calendar}</a></p>` : ''} ${this.form()}
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
                    (item) => html`<li>
                      <strong>${item.event.name}</strong>
                      <span class="meta"><time datetime=${item.event.startDate}>${new Date(item.event.startDate).toLocaleString()}</time>${item.event.location ? html`, ${item.event.location.name}` : ''}
                      ${item.visibility === 'membersOnly' ? html` · ${msg('Members only')}` : ''}</span>
                      ${this.canPublish ? html`<button type="button" @click=${() => (this.editing = item)}>${msg('Edit')}</button>` : ''}
                      ${item.event.description ? html`<div>${unsafeHTML(renderMarkdown(item.event.description))}</div>` : ''}
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
