import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { rejectedCount, type MarketplaceDiagnostics } from '../../data/core-marketplace.js';
import { styles } from './mk-diagnostics.styles.js';

/** A discreet panel counting the index entries that were hidden, and why. */
@localized()
@customElement('mk-diagnostics')
export class MkDiagnostics extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) diagnostics: MarketplaceDiagnostics | undefined;

  override render() {
    const d = this.diagnostics;
    if (!d) return nothing;
    const rows: [string, number][] = [
      [msg('Failed validation'), d.invalid],
      [msg('Signature does not verify'), d.badSignature],
      [msg('Signed by someone other than the author'), d.wrongAuthor],
      [msg('Author is not a member'), d.notMember],
      [msg('Listed for another group'), d.wrongGroup],
      [msg('Expired'), d.expired],
      [msg('Withdrawn or paused'), d.withdrawn],
      [msg('Older versions'), d.superseded],
    ];
    return html`<details>
      <summary>${msg(str`Diagnostics: ${rejectedCount(d)} entries rejected`)}</summary>
      <p>${msg('Entries that fail a check are never shown. These counts help a group admin spot forged or broken entries.')}</p>
      <dl>${rows.map(([label, n]) => html`<div><dt>${label}</dt><dd>${n}</dd></div>`)}</dl>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-diagnostics': MkDiagnostics;
  }
}
