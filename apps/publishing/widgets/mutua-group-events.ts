import { Task } from '@lit/task';
import { getGroupEventsAll, publishingLayout } from '@mutua/core';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** Embeddable list of a group's upcoming public events: `<mutua-group-events group="https://host/group-pod/">`. */
@customElement('mutua-group-events')
export class MutuaGroupEvents extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; }
    li { margin: 0.25rem 0; }
  `;

  @property() group = '';
  @property({ type: Number }) limit = 10;

  private readonly events = new Task(this, {
    task: ([group]) => (group ? getGroupEventsAll(group, { fetch: globalThis.fetch.bind(globalThis), publicOnly: true }) : Promise.resolve(undefined)),
    args: () => [this.group] as const,
  });

  override render() {
    const now = Date.now();
    return html`${this.events.render({
      pending: () => html`<p part="status">…</p>`,
      error: () => html`<p part="status">Events unavailable.</p>`,
      complete: (result) =>
        html`<ul part="list">
          ${(result?.items ?? [])
            .filter(({ event }) => Date.parse(event.endDate ?? event.startDate) >= now)
            .slice(0, this.limit)
            .map(({ event }) => html`<li part="item"><strong>${event.name}</strong> — <time datetime=${event.startDate}>${new Date(event.startDate).toLocaleString()}</time>${event.location ? html`, ${event.location.name}` : ''}</li>`)}
        </ul>`,
    })}
    ${this.group ? html`<a part="subscribe" href=${publishingLayout(this.group).calendar}>iCalendar</a>` : ''}`;
  }
}
