import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { getOffer, type Offer, type OfferInit } from '@mutua/core';
import { navigate, resizePicture, toSafeHttpUrl, type PlacePoint, type SessionState } from '@mutua/elements';
import '@mutua/elements/place-point';
import type { MutuaPlacePointChangedEvent } from '@mutua/elements/place-point';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MarketplaceController } from '../../controllers/marketplace-controller.js';
import { MAX_OFFER_PICTURES, defaultExpiry, getSigningKey, postOffer, stamp, updateOffer, uploadOfferPicture, type MarketplaceSigner } from '../../data/core-marketplace.js';
import { describeFailure } from '../../data/describe-failure.js';
import { parseAmount } from '../../data/format-price.js';
import { offerPageLink } from '../../data/offer-page-link.js';
import { offerLocation, pointOf } from '../../data/offer-location.js';
import { styles } from './mk-offer-form.styles.js';

/** Creates an offer or want, or edits one (`offerUrl`): pictures are resized here, then stored in the member's pod. */
@localized()
@customElement('mk-offer-form')
export class MkOfferForm extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) session!: SessionState;
  @property({ attribute: false }) market!: MarketplaceController;
  /** The controller's revision: a new value re-renders this page (see MarketplaceController.revision). */
  @property({ attribute: false }) revision = 0;
  /** The offer to edit; empty for a new one. */
  @property() offerUrl = '';
  @state() private progress = '';
  @state() private failure = '';
  @state() private priceKind: 'negotiable' | 'free' | 'amount' = 'negotiable';
  /** The place's coordinates as the member left them; undefined until the offer is read. */
  @state() private point: PlacePoint | undefined;
  @state() private placeName = '';

  private readonly existing = new Task(this, {
    task: async ([url, fetch], { signal }) => {
      if (!url) {
        // The same element may go from editing one offer to a new one: start with an empty place.
        [this.point, this.placeName] = [undefined, ''];
        return undefined;
      }
      const offer = await getOffer(url, { fetch, signal });
      this.point = pointOf(offer.location);
      this.placeName = offer.location?.name ?? '';
      this.priceKind = offer.price === undefined || typeof offer.price === 'string' ? (offer.price ?? 'negotiable') : 'amount';
      return offer;
    },
    args: () => [this.offerUrl, this.session.fetch] as const,
  });

  private async signer(storage: string): Promise<MarketplaceSigner> {
    const key = await getSigningKey(storage, { fetch: this.session.fetch });
    if (!key) throw new Error(msg('You have no signing key yet: finish setting up your profile, then post again.'));
    return { webId: this.session.webId!, keyId: key.keyId, privateKey: key.privateKey };
  }

  private async uploadPictures(storage: string, files: File[]): Promise<string[]> {
    const urls: string[] = [];
    for (const [i, file] of files.entries()) {
      this.progress = msg(str`Resizing and uploading picture ${i + 1} of ${files.length}…`);
      urls.push(await uploadOfferPicture(storage, await resizePicture(file), { fetch: this.session.fetch, ownerWebId: this.session.webId! }));
    }
    return urls;
  }

  private async onSubmit(event: SubmitEvent, previous: Offer | undefined): Promise<void> {
    event.preventDefault();
    const context = this.market.context;
    if (!context?.storage) {
      this.failure = msg('Your profile names no storage (pod) to keep offers in. Check your profile, then try again.');
      return;
    }
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const groups = data.getAll('groups').map(String);
    if (groups.length === 0) {
      this.failure = msg('Choose at least one group to publish to.');
      return;
    }
    const group = context.groups.find((g) => g.url === groups[0]);
    const keep = data.getAll('keep').map(String);
    const files = (data.getAll('pictures') as File[]).filter((f) => f.size > 0);
    if (keep.length + files.length > MAX_OFFER_PICTURES) {
      this.failure = msg(str`At most ${MAX_OFFER_PICTURES} pictures: remove some and try again.`);
      return;
    }
    let price: OfferInit['price'] = this.priceKind === 'amount' ? undefined : this.priceKind;
    if (this.priceKind === 'amount') {
      const minor = group?.currency ? parseAmount(text('amount'), group.currency.decimals) : undefined;
      if (minor === undefined || !group?.currency) {
        this.failure = msg('Enter the price as a positive number, such as 2 or 1.5.');
        return;
      }
      price = { amount: minor, currency: group.currency.url };
    }
    const purpose = text('purpose') === 'request' ? 'request' : 'offer';
    const expiresDate = text('expires');
    const expires = expiresDate ? stamp(new Date(`${expiresDate}T23:59:59Z`)) : defaultExpiry();
    const location = offerLocation(text('place'), this.point, previous?.location);
    if (location === 'unnamed') {
      this.failure = msg('Give the place a name (a neighbourhood or town) to go with the map position, or remove the position.');
      return;
    }
    this.failure = '';
    try {
      this.progress = msg('Reading your signing key…');
      const signer = await this.signer(context.storage);
      const images = [...keep, ...(await this.uploadPictures(context.storage, files))];
      const fields = {
        purpose,
        title: text('title'),
        ...(text('description') ? { description: text('description') } : {}),
        intent: { action: (['service', 'transfer', 'loan'].includes(text('action')) ? text('action') : 'service') as 'service', categories: [text('category')].filter(Boolean), ...(purpose === 'offer' ? { provider: signer.webId } : { receiver: signer.webId }) },
        expires,
        groups,
        visibility: text('visibility') === 'public' ? 'public' : 'membersOnly',
        ...(price ? { price } : {}),
        images,
        ...(location ? { location } : {}),
      } as const;
      this.progress = msg('Signing and publishing to your groups…');
      const options = { fetch: this.session.fetch, signer };
      const saved = previous
        ? await updateOffer(previous, { ...fields, description: fields.description, location: fields.location, price: fields.price } as never, options)
        : await postOffer(context.storage, { ...fields, creator: signer.webId, created: stamp(new Date()) } as OfferInit, options);
      this.progress = '';
      this.dispatchEvent(new CustomEvent('mk-offer-saved', { detail: { offer: saved }, bubbles: true, composed: true }));
      navigate(offerPageLink(saved.url, groups[0]));
    } catch (error) {
      this.progress = '';
      this.failure = describeFailure(error);
    }
  }

  private profileSuggestion(): { name: string; point: PlacePoint } | undefined {
    const place = this.market.context?.place;
    const point = pointOf(place);
    return place && point ? { name: place.name, point } : undefined;
  }

  private readonly onPointChanged = (event: MutuaPlacePointChangedEvent): void => {
    this.point = event.change.point;
    // A suggested place brings its name, but never overwrites one the member typed.
    if (event.change.name && !this.placeName.trim()) this.placeName = event.change.name;
  };

  private renderForm(previous: Offer | undefined) {
    const context = this.market.context;
    if (!context) return html`<p role="status">${msg('Reading your groups…')}</p>`;
    if (context.groups.length === 0) return html`<p>${msg('Join a group first: offers are published to the marketplaces of your groups.')} <a href="/directory">${msg('Open the directory')}</a></p>`;
    const p = previous;
    const categories = context.groups.flatMap((g) => g.categories.map((c) => ({ ...c, group: g.name })));
    const expires = (p?.expires ?? defaultExpiry()).slice(0, 10);
    const amountText = p?.price && typeof p.price === 'object' ? String(p.price.amount / 10 ** (context.groups.find((g) => g.currency?.url === (p.price as { currency: string }).currency)?.currency?.decimals ?? 0)) : '';
    return html`<form @submit=${(e: SubmitEvent) => this.onSubmit(e, previous)}>
      <fieldset>
        <legend>${msg('Is this an offer or a want?')}</legend>
        <label><input type="radio" name="purpose" value="offer" ?checked=${p?.purpose !== 'request'} /> ${msg('I offer')}</label>
        <label><input type="radio" name="purpose" value="request" ?checked=${p?.purpose === 'request'} /> ${msg('I am looking for')}</label>
      </fieldset>
      <label for="title">${msg('Title')}</label>
      <input id="title" name="title" required maxlength="120" .value=${p?.title ?? ''} />
      <label for="description">${msg('Description')}</label>
      <textarea id="description" name="description" rows="5" maxlength="4000" .value=${p?.description ?? ''}></textarea>
      <label for="action">${msg('Kind of exchange')}</label>
      <select id="action" name="action">
        <option value="service" ?selected=${p?.intent.action === 'service'}>${msg('A service or help')}</option>
        <option value="transfer" ?selected=${p?.intent.action === 'transfer'}>${msg('A thing to give or sell')}</option>
        <option value="loan" ?selected=${p?.intent.action === 'loan'}>${msg('A thing to lend')}</option>
      </select>
      <label for="category">${msg('Category')}</label>
      <select id="category" name="category" required>
        ${categories.map((c) => html`<option value=${c.url} ?selected=${p?.intent.categories.includes(c.url)}>${c.label} (${c.group})</option>`)}
      </select>
      <fieldset>
        <legend>${msg('Publish to')}</legend>
        ${context.groups.map((g, i) => html`<label><input type="checkbox" name="groups" value=${g.url} ?checked=${p ? p.groups.includes(g.url) : i === 0} /> ${g.name}</label>`)}
      </fieldset>
      <fieldset>
        <legend>${msg('Who can see it')}</legend>
        <label><input type="radio" name="visibility" value="membersOnly" ?checked=${p?.visibility !== 'public'} /> ${msg('Members of these groups')}</label>
        <label><input type="radio" name="visibility" value="public" ?checked=${p?.visibility === 'public'} /> ${msg('Everyone, partner groups included')}</label>
      </fieldset>
      <fieldset>
        <legend>${msg('Price')}</legend>
        ${(['negotiable', 'free', 'amount'] as const).map(
          (kind) => html`<label><input type="radio" name="priceKind" value=${kind} ?checked=${this.priceKind === kind} @change=${() => (this.priceKind = kind)} />
            ${kind === 'negotiable' ? msg('Negotiable') : kind === 'free' ? msg('Free') : msg('An amount in the group currency')}</label>`,
        )}
        ${this.priceKind === 'amount' ? html`<label for="amount">${msg('Amount')}</label><input id="amount" name="amount" inputmode="decimal" required .value=${amountText} />` : nothing}
      </fieldset>
      <label for="place">${msg('Place (optional, a neighbourhood or town)')}</label>
      <input id="place" name="place" maxlength="120" .value=${this.placeName} @input=${(e: Event) => (this.placeName = (e.target as HTMLInputElement).value)} />
      <mutua-place-point .value=${this.point} .suggestion=${this.profileSuggestion()} @mutua-place-point-changed=${this.onPointChanged}></mutua-place-point>
      <label for="expires">${msg('Listed until')}</label>
      <input id="expires" name="expires" type="date" .value=${expires} />
      <fieldset>
        <legend>${msg(str`Pictures (up to ${MAX_OFFER_PICTURES})`)}</legend>
        ${(p?.images ?? []).map((url, i) => {
          const safe = toSafeHttpUrl(url);
          return html`<label class="kept"><input type="checkbox" name="keep" value=${url} checked /> ${safe ? html`<img src=${safe} alt="" referrerpolicy="no-referrer" />` : nothing} ${msg(str`Keep picture ${i + 1}`)}</label>`;
        })}
        <label for="pictures">${msg('Add pictures')}</label>
        <input id="pictures" name="pictures" type="file" accept="image/*" multiple />
      </fieldset>
      <button class="primary" type="submit" ?disabled=${this.progress !== ''}>${p ? msg('Save changes') : msg('Publish')}</button>
      ${this.progress ? html`<p role="status">${this.progress}</p>` : nothing}
      ${this.failure ? html`<p role="alert" class="error">${this.failure}</p>` : nothing}
    </form>`;
  }

  override render() {
    return html`<h1>${this.offerUrl ? msg('Edit your offer') : msg('Post an offer or a want')}</h1>
      ${this.existing.render({
        pending: () => html`<p role="status">${msg('Loading your offer…')}</p>`,
        error: (error) => html`<p role="alert">${msg('Your offer could not be loaded.')} ${(error as Error).message}</p>`,
        complete: (offer) => this.renderForm(offer),
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-offer-form': MkOfferForm;
  }
}
