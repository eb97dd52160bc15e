import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import type { SessionState } from '@mutua/elements';
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { getOfferMessages } from '../../data/core-marketplace.js';
import { offerPageLink } from '../../data/offer-page-link.js';
import { styles } from './mk-messages.styles.js';

/** Messages other members sent about the member's offers, read from their own inbox. */
@localized()
@customElement('mk-messages')
export class MkMessages extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) session!: SessionState;
  @property() inbox = '';

  private readonly messages = new Task(this, {
    task: async ([inbox, fetch]) => (inbox ? getOfferMessages(inbox, { fetch }) : []),
    args: () => [this.inbox, this.session.fetch] as const,
  });

  override render() {
    return html`<section aria-labelledby="messages-title">
      <h2 id="messages-title">${msg('Messages about your offers')}</h2>
      ${this.messages.render({
        pending: () => html`<p role="status">${msg('Reading your inbox…')}</p>`,
        error: (error) => html`<p role="alert">${msg('Your inbox could not be read.')} ${(error as Error).message} <button @click=${() => this.messages.run()}>${msg('Try again')}</button></p>`,
        complete: (messages) =>
          !this.inbox
            ? html`<p>${msg('Your profile advertises no inbox, so nobody can write to you yet. Finish setting up your profile.')}</p>`
            : messages.length === 0
              ? html`<p>${msg('No messages yet. When someone contacts you about an offer, it appears here.')}</p>`
              : html`<ul>
                  ${messages.map(
                    (m) => html`<li>
                      <p class="meta">${msg(str`From ${m.fromName || m.from}, ${new Date(m.published).toLocaleString()}, about`)} <a href=${offerPageLink(m.offer)}>${m.offerTitle ?? msg('an offer')}</a></p>
                      <p class="text">${m.text}</p>
                    </li>`,
                  )}
                </ul>`,
      })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-messages': MkMessages;
  }
}
