import { localized, msg } from '@lit/localize';
import { coarsePlace, coordinatesOf } from '@mutua/core';
import { resizePicture, type PlacePoint } from '@mutua/elements';
import '@mutua/elements/place-point';
import type { MutuaPlacePointChangedEvent } from '@mutua/elements/place-point';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MemberDetails } from '../../core-api.internal.js';
import { MutuaMemberDetailsSubmittedEvent } from '../../events/directory-events.js';
import { styles } from './mutua-member-details-form.styles.js';

/** Longest side of a stored profile photo, in pixels. */
const PHOTO_MAX_SIDE = 512;

/**
 * The member details form of onboarding and the profile editor: name, photo (resized in the
 * browser to at most 512 px before anything is sent), bio, skills and place. Emits
 * `mutua-member-details-submitted`; saving is the parent's job.
 */
@localized()
@customElement('mutua-member-details-form')
export class MutuaMemberDetailsForm extends LitElement {
  static override styles = styles;

  /** What the form starts with. */
  @property({ attribute: false })
  initial: MemberDetails | undefined;

  @property({ type: Boolean })
  busy = false;

  @property()
  submitLabel = '';

  @state()
  private photo: Blob | undefined;

  @state()
  private preview: string | undefined;

  @state()
  private problem = '';

  /** The place's coordinates; undefined until the member touches them, then as they left them. */
  @state()
  private point: PlacePoint | null | undefined;

  private get shownPoint(): PlacePoint | undefined {
    if (this.point !== undefined) return this.point ?? undefined;
    const place = this.initial?.location;
    if (!place || !coordinatesOf(place)) return undefined;
    const { latitude, longitude } = coarsePlace(place);
    return latitude && longitude ? { latitude, longitude } : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.preview) URL.revokeObjectURL(this.preview);
  }

  override render() {
    const initial = this.initial;
    return html`<form @submit=${this.submit} novalidate>
      <label>${msg('Name')} <input name="name" autocomplete="name" required .value=${initial?.name ?? ''} aria-invalid=${this.problem ? 'true' : 'false'} aria-describedby="problem" /></label>
      <label
        >${msg('Photo')} <span class="hint muted">${msg('Optional. It is made smaller in your browser before it goes to your pod.')}</span>
        <input name="photo" type="file" accept="image/jpeg,image/png,image/webp" @change=${this.photoChosen} />
      </label>
      ${this.preview ? html`<img class="avatar" src=${this.preview} alt=${msg('Preview of the new photo')} />` : nothing}
      <label>${msg('About you')} <textarea name="note" .value=${initial?.note ?? ''}></textarea></label>
      <label
        >${msg('Skills')} <span class="hint muted">${msg('Separate them with commas, e.g. cooking, bike repair')}</span>
        <input name="skills" .value=${(initial?.skills ?? []).join(', ')} />
      </label>
      <label>${msg('Place')} <span class="hint muted">${msg('A neighbourhood or town, not your address')}</span>
        <input name="place" autocomplete="address-level2" .value=${initial?.location?.name ?? ''} />
      </label>
      <mutua-place-point .value=${this.shownPoint} @mutua-place-point-changed=${(e: MutuaPlacePointChangedEvent) => (this.point = e.change.point ?? null)}></mutua-place-point>
      <p id="problem" class="error" role=${this.problem ? 'alert' : nothing}>${this.problem}</p>
      <div><button type="submit" class="primary" ?disabled=${this.busy}>${this.submitLabel || msg('Save')}</button></div>
    </form>`;
  }

  private async photoChosen(event: Event): Promise<void> {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (this.preview) URL.revokeObjectURL(this.preview);
    this.photo = undefined;
    this.preview = undefined;
    if (!file) return;
    try {
      this.photo = await resizePicture(file, PHOTO_MAX_SIDE);
      this.preview = URL.createObjectURL(this.photo);
      this.problem = '';
    } catch {
      this.problem = msg('This file could not be read as an image. Choose a JPEG, PNG or WebP photo.');
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string): string => (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value.trim();
    if (!value('name')) {
      this.problem = msg('Enter your name so other members know who you are.');
      (form.elements.namedItem('name') as HTMLInputElement).focus();
      return;
    }
    this.problem = '';
    const skills = value('skills').split(',').map((s) => s.trim()).filter((s) => s !== '');
    this.dispatchEvent(
      new MutuaMemberDetailsSubmittedEvent({ name: value('name'), note: value('note'), skills, place: value('place'), ...(this.shownPoint ? { point: this.shownPoint } : {}), ...(this.photo ? { photo: this.photo } : {}) }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-member-details-form': MutuaMemberDetailsForm;
  }
}
