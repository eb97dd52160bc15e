import { localized, msg } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { describeError } from '../../i18n/describe-error.js';
import { styles } from './mutua-error-message.styles.js';

/** Shows a failure as an alert: the translated, actionable summary, with the technical detail folded away. */
@localized()
@customElement('mutua-error-message')
export class MutuaErrorMessage extends LitElement {
  static override styles = styles;

  /** The error to explain; nothing is shown while it is undefined. */
  @property({ attribute: false }) error: unknown;

  /** Replaces the translated summary, for errors the caller explains itself. */
  @property() summary: string | undefined;

  override render() {
    if (this.error === undefined && this.summary === undefined) return nothing;
    const description = this.error === undefined ? undefined : describeError(this.error);
    return html`<div class="alert" role="alert">
      <p class="summary">${this.summary ?? description?.summary}</p>
      ${
        description
          ? html`<details>
              <summary>${msg('Technical details')}</summary>
              <p class="detail">${description.detail}</p>
            </details>`
          : nothing
      }
      <slot></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-error-message': MutuaErrorMessage;
  }
}
