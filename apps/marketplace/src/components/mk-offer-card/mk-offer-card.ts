import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { getOffer, roundedKm, type MarketplaceEntry } from '@mutua/core';
import { sessionContext, toSafeHttpUrl, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatPrice } from '../../data/format-price.js';
import type { GroupInfo } from '../../data/member-context.js';
import { offerPageLink } from '../../data/offer-page-link.js';
import { styles } from './mk-offer-card.styles.js';

/** One result: the signed entry at once, then picture and price from the offer in its author's pod. */
@localized()
@customElement('mk-offer-card')
export class MkOfferCard extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) entry!: MarketplaceEntry;
  @property({ attribute: false }) group: GroupInfo | undefined;
  @property() mode: 'grid' | 'list' = 'grid';
  /** How far the entry's place is from the member's reference point, when both are known. */
  @property({ attribute: false }) distanceKm: number | undefined;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  // Details are a courtesy: if the author's pod is slow or down, the card still shows the entry.
  private readonly details = new Task(this, {
    task: async ([url, fetch], { signal }) => (url && fetch ? getOffer(url, { fetch, signal, timeoutMs: 10_000 }) : undefined),
    args: () => [toSafeHttpUrl(this.entry.offer), this.session?.fetch] as const,
  });

  override render() {
    const e = this.entry;
    const category = this.group?.categories.find((c) => e.categories.includes(c.url))?.label;
    const offer = this.details.value;
    const picture = this.mode === 'grid' && offer?.images[0] ? toSafeHttpUrl(offer.images[0]) : undefined;
    const price = offer ? formatPrice(offer.price, this.group?.currency) : undefined;
    // The signed entry carries the place since decision 0073; older entries only have it in the offer.
    const placeName = e.location?.name ?? offer?.location?.name;
    return html`<article class=${this.mode}>
      ${this.mode === 'grid' ? html`<div class="picture">${picture ? html`<img src=${picture} alt="" loading="lazy" referrerpolicy="no-referrer" />` : nothing}</div>` : nothing}
      <div class="text">
        <p class="kind ${e.kind}">${e.kind === 'offer' ? msg('Offer') : msg('Want')}</p>
        <h2><a href=${offerPageLink(e.offer, e.group)}>${e.title}</a></h2>
        <p class="meta">
          ${category ? html`<span>${category}</span>` : nothing}
          ${this.group ? html`<span>${this.group.name}</span>` : nothing}
          ${price?.kind === 'amount' ? html`<span>${price.text}</span>` : price?.kind === 'free' ? html`<span>${msg('Free')}</span>` : price?.kind === 'negotiable' ? html`<span>${msg('Negotiable')}</span>` : nothing}
          ${placeName ? html`<span>${placeName}</span>` : nothing}
          ${this.distanceKm !== undefined ? html`<span class="distance">${msg(str`${roundedKm(this.distanceKm)} km`)}</span>` : nothing}
        </p>
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-offer-card': MkOfferCard;
  }
}
