import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CurrentPointError, currentPoint, type PlacePoint } from '../../places/current-point.js';
import { styles } from './mutua-place-point.styles.js';

/** What changed: the new point (none when removed) and, when a suggested place was taken, its name. */
export interface PlacePointChange {
  readonly point: PlacePoint | undefined;
  readonly name?: string;
}

/** Fired (bubbling, composed) after the member set or removed the coordinates. */
export class MutuaPlacePointChangedEvent extends Event {
  static readonly eventName = 'mutua-place-point-changed';
  constructor(readonly change: PlacePointChange) {
    super(MutuaPlacePointChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The coordinates of a coarse place: shows them, sets them from the device ("Use my location",
 * rounded before anything leaves the browser) or from a suggested place, removes them.
 * The parent keeps the value and saves it.
 */
@localized()
@customElement('mutua-place-point')
export class MutuaPlacePoint extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) value: PlacePoint | undefined;
  /** A place with coordinates to offer instead, e.g. the member's profile place. */
  @property({ attribute: false }) suggestion: { readonly name: string; readonly point: PlacePoint } | undefined;
  @state() private busy = false;
  @state() private problem = '';

  private emit(change: PlacePointChange): void {
    this.problem = '';
    this.dispatchEvent(new MutuaPlacePointChangedEvent(change));
  }

  private async locate(): Promise<void> {
    this.busy = true;
    try {
      this.emit({ point: await currentPoint() });
    } catch (error) {
      const reason = error instanceof CurrentPointError ? error.reason : 'unavailable';
      this.problem =
        reason === 'denied'
          ? msg(
              'Your browser did not allow Mutua to know your location. Allow it in the site settings, or leave the coordinates out.',
            )
          : reason === 'unsupported'
            ? msg('This browser cannot tell where you are.')
            : msg('Your location could not be found just now. Try again outdoors or later.');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const v = this.value;
    const s = this.suggestion;
    return html`<p class="point" role="status">
        ${v ? msg(str`Map position: ${v.latitude}, ${v.longitude} (to about 1 km)`) : msg('No map position: distance searches will not find this.')}
      </p>
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${this.locate}>
          ${this.busy ? msg('Finding your location…') : msg('Use my location')}
        </button>
        ${
          s && (s.point.latitude !== v?.latitude || s.point.longitude !== v?.longitude)
            ? html`<button type="button" @click=${() => this.emit({ point: s.point, name: s.name })}>
                ${msg(str`Use my profile place (${s.name})`)}
              </button>`
            : nothing
        }
        ${v ? html`<button type="button" @click=${() => this.emit({ point: undefined })}>${msg('Remove the map position')}</button>` : nothing}
      </div>
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-place-point': MutuaPlacePoint;
  }
  interface HTMLElementEventMap {
    'mutua-place-point-changed': MutuaPlacePointChangedEvent;
  }
}
