import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { getOffer, getProfile, type Offer, type Profile } from '@mutua/core';
import { toSafeHttpUrl, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MarketplaceController } from '../../controllers/marketplace-controller.js';
import { MAX_MESSAGE_LENGTH, sendOfferMessage } from '../../data/core-marketplace.js';
import { formatPrice } from '../../data/format-price.js';
import { ledgerLink } from '../../data/ledger-links.js';
import { offerPageLink } from '../../data/offer-page-link.js';
import { styles } from './mk-offer-page.styles.js';

/** One offer or want: pictures, details, its author, their other offers, contact and payment. */
@localized()
@customElement('mk-offer-page')
export class MkOfferPage extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) session!: SessionState;
  @property({ attribute: false }) market!: MarketplaceController;
  /** The controller's revision: a new value re-renders this page (see MarketplaceController.revision). */
  @property({ attribute: false }) revision = 0;
  @property() offerUrl = '';
  /** The group whose listing led here (payments go through its ledger). */
  @property() listedIn = '';
  @state() private sending: 'idle' | 'sending' | 'sent' | Error = 'idle';

  private readonly offer = new Task(this, {
    task: async ([url, fetch], { signal }): Promise<{ offer: Offer; author: Profile | undefined }> => {
      const safe = toSafeHttpUrl(url);
      if (!safe) throw new Error(msg('This link does not point to an offer.'));
      const offer = await getOffer(safe, { fetch, signal });
      const author = await getProfile(offer.creator, { fetch, signal }).catch(() => undefined);
      return { offer, author };
    },
    args: () => [this.offerUrl, this.session.fetch] as const,
  });

  private async send(event: SubmitEvent, offer: Offer): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = String(new FormData(form).get('message') ?? '').trim();
    if (!text) return;
    this.sending = 'sending';
    try {
      await sendOfferMessage(offer.creator, { from: this.session.webId!, fromName: this.market.context?.name ?? '', offer: offer.url, offerTitle: offer.title, text }, { fetch: this.session.fetch });
      this.sending = 'sent';
      form.reset();
    } catch (error) {
      this.sending = error as Error;
    }
  }

  private renderAuthor(offer: Offer, author: Profile | undefined) {
    const photo = author?.photo ? toSafeHttpUrl(author.photo) : undefined;
    const others = this.market.view.entries.filter((e) => e.creator === offer.creator && e.offer !== offer.url).slice(0, 6);
    return html`<aside aria-labelledby="author-title">
      <h2 id="author-title">${msg('About the author')}</h2>
      <div class="author">
        ${photo ? html`<img src=${photo} alt="" width="64" height="64" referrerpolicy="no-referrer" />` : nothing}
        <div>
          <p class="name">${author?.name ?? offer.creator}</p>
          ${author?.location ? html`<p>${author.location.name}</p>` : nothing}
          ${author?.note ? html`<p class="bio">${author.note}</p>` : nothing}
        </div>
      </div>
      ${others.length > 0
        ? html`<h3>${msg('Other offers by this member')}</h3>
            <ul>${others.map((e) => html`<li><a href=${offerPageLink(e.offer, e.group)}>${e.title}</a></li>`)}</ul>`
        : nothing}
      <p><a href=${`/marketplace?member=${encodeURIComponent(offer.creator)}`}>${msg('See all their offers')}</a></p>
    </aside>`;
  }

  private renderActions(offer: Offer) {
    const mine = offer.creator === this.session.webId;
    if (mine) return html`<p><a href=${`/marketplace/edit?url=${encodeURIComponent(offer.url)}`}>${msg('Edit this offer')}</a> · <a href="/marketplace/mine">${msg('My offers')}</a></p>`;
    const myGroups = new Set(this.market.context?.groups.map((g) => g.url) ?? []);
    const group = [this.listedIn, ...offer.groups].find((g) => myGroups.has(g));
    const currency = this.market.context?.groups.find((g) => g.url === group)?.currency;
    const price = formatPrice(offer.price, currency);
    const amount = price.kind === 'amount' ? price.minor : undefined;
    const s = this.sending;
    return html`<section aria-labelledby="contact-title">
      <h2 id="contact-title">${msg('Get in touch')}</h2>
      ${group
        ? html`<p class="ledger">
            <a class="button ${offer.purpose === 'offer' ? 'primary' : ''}" href=${ledgerLink('pay', { group, counterpart: offer.creator, offer: offer.url, description: offer.title, ...(amount !== undefined ? { amount } : {}) })}>${msg('Pay for this')}</a>
            <a class="button ${offer.purpose === 'request' ? 'primary' : ''}" href=${ledgerLink('request', { group, counterpart: offer.creator, offer: offer.url, description: offer.title, ...(amount !== undefined ? { amount } : {}) })}>${msg('Request payment')}</a>
          </p>`
        : html`<p>${msg('Payments are possible with members of your own groups; contact the author to agree on an exchange.')}</p>`}
      <form @submit=${(e: SubmitEvent) => this.send(e, offer)}>
        <label for="message">${msg('Message to the author')}</label>
        <textarea id="message" name="message" rows="4" maxlength=${MAX_MESSAGE_LENGTH} required></textarea>
        <button class="primary" type="submit" ?disabled=${s === 'sending'}>${s === 'sending' ? msg('Sending…') : msg('Send message')}</button>
      </form>
      ${s === 'sent' ? html`<p role="status">${msg('Message sent to the author’s inbox.')}</p>` : nothing}
      ${s instanceof Error ? html`<p role="alert">${msg(str`The message could not be sent: ${s.message}. Try again, or contact the author another way.`)}</p>` : nothing}
    </section>`;
  }

  private renderOffer(offer: Offer, author: Profile | undefined) {
    const pictures = offer.images.map((u) => toSafeHttpUrl(u)).filter((u): u is string => u !== undefined);
    const group = this.market.context?.groups.concat(this.market.context.partners).find((g) => offer.groups.includes(g.url));
    const price = formatPrice(offer.price, group?.currency);
    const categories = group?.categories.filter((c) => offer.intent.categories.includes(c.url)).map((c) => c.label) ?? [];
    return html`<article>
      <p class="kind">${offer.purpose === 'offer' ? msg('Offer') : msg('Want')}</p>
      <h1>${offer.title}</h1>
      ${pictures.length > 0
        ? html`<ul class="pictures">${pictures.map((src, i) => html`<li><img src=${src} alt=${msg(str`Picture ${i + 1} of ${pictures.length}`)} referrerpolicy="no-referrer" /></li>`)}</ul>`
        : nothing}
      ${offer.description ? html`<p class="description">${offer.description}</p>` : nothing}
      <dl>
        <div><dt>${msg('Price')}</dt><dd>${price.kind === 'amount' ? price.text : price.kind === 'free' ? msg('Free') : price.kind === 'negotiable' ? msg('Negotiable') : msg('Not given')}</dd></div>
        ${offer.location ? html`<div><dt>${msg('Place')}</dt><dd>${offer.location.name}</dd></div>` : nothing}
        ${categories.length > 0 ? html`<div><dt>${msg('Category')}</dt><dd>${categories.join(', ')}</dd></div>` : nothing}
        <div><dt>${msg('Listed until')}</dt><dd>${new Date(offer.expires).toLocaleDateString()}</dd></div>
        ${group ? html`<div><dt>${msg('Group')}</dt><dd>${group.name}</dd></div>` : nothing}
      </dl>
    </article>
    ${this.renderActions(offer)} ${this.renderAuthor(offer, author)}`;
  }

  override render() {
    return html`<p><a href="/marketplace">${msg('← Back to the marketplace')}</a></p>
      ${this.offer.render({
        pending: () => html`<p role="status">${msg('Loading the offer from its author’s pod…')}</p>`,
        error: (error) => html`<div role="alert"><p>${msg('This offer could not be loaded. It may have been withdrawn, or its author’s pod is unreachable.')}</p><p>${(error as Error).message}</p><p><button @click=${() => this.offer.run()}>${msg('Try again')}</button></p></div>`,
        complete: ({ offer, author }) => this.renderOffer(offer, author),
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-offer-page': MkOfferPage;
  }
}
