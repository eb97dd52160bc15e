import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * Embeddable list of a group's public offers and requests: `<mutua-group-offers group="https://host/group-pod/" limit="10">`.
 * Reads the group's public marketplace index anonymously; every entry is checked (shape,
 * signature, author is a member) as in the app, and shown as plain text. That check needs the
 * core's RDF, SHACL and signature code (most of the widgets' bytes), so it is a separate chunk
 * loaded only by pages that use this element.
 */
@customElement('mutua-group-offers')
export class MutuaGroupOffers extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; }
    li { margin: 0.25rem 0; }
    .kind { color: #666; font-size: 0.9em; }
  `;

  /** The group's storage root (its pod URL, ending with a slash). */
  @property() group = '';
  @property({ type: Number }) limit = 10;

  private readonly offers = new Task(this, {
    task: async ([group]) => {
      if (!group) return undefined;
      const { loadPublicOffers } = await import('./load-public-offers.js');
      return loadPublicOffers(group);
    },
    args: () => [this.group] as const,
  });

  override render() {
    return this.offers.render({
      pending: () => html`<p part="status">…</p>`,
      error: () => html`<p part="status">Offers unavailable.</p>`,
      complete: (view) =>
        html`<ul part="list">
          ${(view?.entries ?? [])
            .slice(0, this.limit)
            .map((entry) => html`<li part="item"><span class="kind">${entry.kind === 'request' ? 'Request' : 'Offer'}:</span> ${entry.title}</li>`)}
        </ul>`,
    });
  }
}
