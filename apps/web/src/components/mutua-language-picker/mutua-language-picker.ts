import { localized, msg } from '@lit/localize';
import { LitElement, html, svg } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { MutuaLocaleChangedEvent } from '../../events/web-events.js';
import { getLocale, switchLocale } from '../../i18n/localization.js';
import { isAppLocale, type AppLocale } from '../../i18n/pick-initial-locale.js';
import { styles } from './mutua-language-picker.styles.js';

// Each language is named in itself, so a member lost in the wrong language still finds theirs.
const LANGUAGE_NAMES: Readonly<Record<AppLocale, string>> = { en: 'English', fr: 'Français', es: 'Español' };

const globe = svg`<svg class="globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.6">
  <circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
</svg>`;

/** Switches the app's language; the choice is remembered in this browser. */
@localized()
@customElement('mutua-language-picker')
export class MutuaLanguagePicker extends LitElement {
  static override styles = styles;

  @state() private switching = false;

  override render() {
    const current = getLocale();
    return html`<label for="language" class="visually-hidden">${msg('Language')}</label>
      ${globe}
      <select id="language" ?disabled=${this.switching} @change=${this.onChange}>
        ${Object.entries(LANGUAGE_NAMES).map(
          ([code, name]) => html`<option value=${code} lang=${code} ?selected=${code === current}>${name}</option>`,
        )}
      </select>`;
  }

  private async onChange(event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    if (!isAppLocale(value)) return;
    this.switching = true;
    try {
      await switchLocale(value);
      this.dispatchEvent(new MutuaLocaleChangedEvent(value));
    } finally {
      this.switching = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-language-picker': MutuaLanguagePicker;
  }
}
