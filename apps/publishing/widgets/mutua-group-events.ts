import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
// Deep import: the core's index would bring its RDF stack into the embed script.
import { publishingLayout } from '../../core/src/publishing/publishing-layout.js';
import { readCalendar } from './read-calendar.js';

/**
 * Embeddable list of a group's upcoming public events: `<mutua-group-events group="https://host/group-pod/">`.
 * Reads the group's generated iCalendar feed (one request), not each event's RDF.
 */
@customElement('mutua-group-events')
export class MutuaGroupEvents extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; }
    li { margin: 0.25rem 0; }
  `;

  @property() group = '';
  @property({ type: Number }) limit = 10;

  private readonly events = new Task(this, {
    task: ([group]) => (group ? readCalendar(publishingLayout(group).calendar) : Promise.resolve(undefined)),
    args: () => [this.group] as const,
  });

  override render() {
    const now = Date.now();
    return html`${this.events.render({
      pending: () => html`<p part="status">…</p>`,
      error: () => html`<p part="status">Events unavailable.</p>`,
      complete: (events) =>
        html`<ul part="list">
          ${[...(events ?? [])]
            .filter((event) => Date.parse(event.end ?? event.start) >= now)
            .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
            .slice(0, this.limit)
            .map((event) => html`<li part="item"><strong>${event.summary}</strong> — <time datetime=${event.start}>${new Date(event.start).toLocaleString()}</time>${event.location ? html`, ${event.location}` : ''}</li>`)}
        </ul>`,
    })}
    ${this.group ? html`<a part="subscribe" href=${publishingLayout(this.group).calendar}>iCalendar</a>` : ''}`;
  }
}
