import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import type { Offer } from '@mutua/core';
import type { SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MarketplaceController } from '../../controllers/marketplace-controller.js';
import { getMemberOffers, getSigningKey, isExpired, isExpiryReminderDue, pauseOffer, renewMemberOffer, resumeOffer, withdrawOffer } from '../../data/core-marketplace.js';
import { describeFailure } from '../../data/describe-failure.js';
import { offerPageLink } from '../../data/offer-page-link.js';
import '../mk-messages/mk-messages.js';
import { styles } from './mk-my-offers.styles.js';

type Action = 'renew' | 'pause' | 'resume' | 'withdraw';

/** The member's own offers and wants with renew, pause, resume and withdraw, expiry reminders first. */
@localized()
@customElement('mk-my-offers')
export class MkMyOffers extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) session!: SessionState;
  @property({ attribute: false }) market!: MarketplaceController;
  /** The controller's revision: a new value re-renders this page (see MarketplaceController.revision). */
  @property({ attribute: false }) revision = 0;
  @state() private busy = '';
  @state() private failure = '';
  @state() private done = '';

  private readonly offers = new Task(this, {
    task: async ([storage, fetch]) => {
      if (!storage) throw new Error(msg('Your profile names no storage (pod) for offers.'));
      return getMemberOffers(storage, { fetch });
    },
    args: () => [this.market.context?.storage, this.session.fetch] as const,
  });

  private async act(action: Action, offer: Offer): Promise<void> {
    if (action === 'withdraw' && !confirm(msg(str`Withdraw "${offer.title}" and delete it from your pod?`))) return;
    this.busy = offer.url;
    this.failure = '';
    this.done = '';
    try {
      const key = await getSigningKey(this.market.context!.storage!, { fetch: this.session.fetch });
      if (!key) throw new Error(msg('You have no signing key yet: finish setting up your profile first.'));
      const options = { fetch: this.session.fetch, signer: { webId: this.session.webId!, keyId: key.keyId, privateKey: key.privateKey } };
      if (action === 'renew') await renewMemberOffer(offer, options);
      else if (action === 'pause') await pauseOffer(offer, options);
      else if (action === 'resume') await resumeOffer(offer, options);
      else await withdrawOffer(offer, options);
      this.done = { renew: msg('Renewed.'), pause: msg('Paused: it is no longer listed.'), resume: msg('Listed again.'), withdraw: msg('Withdrawn.') }[action];
      this.dispatchEvent(new CustomEvent('mk-offer-changed', { detail: { offer, action }, bubbles: true, composed: true }));
      void this.offers.run();
    } catch (error) {
      this.failure = describeFailure(error);
    } finally {
      this.busy = '';
    }
  }

  private renderOffer(offer: Offer, listed: ReadonlySet<string>) {
    const expired = isExpired(offer);
    const due = isExpiryReminderDue(offer);
    const isListed = listed.has(offer.url);
    const loaded = this.market.status === 'done';
    const busy = this.busy === offer.url;
    return html`<li class=${due || expired ? 'attention' : ''}>
      <h3><a href=${offerPageLink(offer.url, offer.groups[0])}>${offer.title}</a></h3>
      <p class="state">
        ${expired ? msg('Expired: renew it to list it again.') : due ? msg(str`Expires on ${new Date(offer.expires).toLocaleDateString()}: renew it to keep it listed.`) : msg(str`Listed until ${new Date(offer.expires).toLocaleDateString()}.`)}
        ${loaded && !expired ? (isListed ? msg('Visible in the marketplace.') : msg('Paused: not visible in the marketplace.')) : nothing}
      </p>
      <div class="actions">
        <a href=${`/marketplace/edit?url=${encodeURIComponent(offer.url)}`}>${msg('Edit')}</a>
        <button ?disabled=${busy} @click=${() => this.act('renew', offer)}>${msg('Renew')}</button>
        ${loaded && !expired ? (isListed ? html`<button ?disabled=${busy} @click=${() => this.act('pause', offer)}>${msg('Pause')}</button>` : html`<button ?disabled=${busy} @click=${() => this.act('resume', offer)}>${msg('Resume')}</button>`) : nothing}
        <button ?disabled=${busy} @click=${() => this.act('withdraw', offer)}>${msg('Withdraw')}</button>
      </div>
    </li>`;
  }

  override render() {
    const listed = new Set(this.market.view.entries.filter((e) => e.creator === this.session.webId).map((e) => e.offer));
    return html`<h1>${msg('My offers and wants')}</h1>
      ${this.busy ? html`<p role="status">${msg('Saving…')}</p>` : nothing}
      ${this.done ? html`<p role="status">${this.done}</p>` : nothing}
      ${this.failure ? html`<p role="alert" class="error">${msg(str`That did not work: ${this.failure}. Try again.`)}</p>` : nothing}
      ${this.offers.render({
        pending: () => html`<p role="status">${msg('Loading your offers from your pod…')}</p>`,
        error: (error) => html`<p role="alert">${msg('Your offers could not be loaded.')} ${(error as Error).message} <button @click=${() => this.offers.run()}>${msg('Try again')}</button></p>`,
        complete: ({ offers, failures }) => {
          const sorted = [...offers].sort((a, b) => Number(isExpiryReminderDue(b) || isExpired(b)) - Number(isExpiryReminderDue(a) || isExpired(a)));
          return html`${offers.length === 0 ? html`<p class="empty">${msg('You have no offers or wants yet.')} <a href="/marketplace/new">${msg('Post your first one')}</a></p>` : html`<ul>${sorted.map((o) => this.renderOffer(o, listed))}</ul>`}
          ${failures.length > 0 ? html`<p role="alert">${msg(str`${failures.length} documents in your offers folder could not be read as offers.`)}</p>` : nothing}`;
        },
      })}
      <mk-messages .session=${this.session} .inbox=${this.market.context?.inbox ?? ''}></mk-messages>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-my-offers': MkMyOffers;
  }
}
