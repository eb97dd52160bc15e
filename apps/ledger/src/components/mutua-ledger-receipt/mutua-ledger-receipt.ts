import { localized, msg, str } from '@lit/localize';
import { toSafeHttpUrl } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { GroupLedgerController } from '../../controllers/group-ledger-controller.js';
import type { GroupLedger } from '../../data/group-ledger.js';
import type { LedgerStore } from '../../data/ledger-store.js';
import { downloadText } from '../../export/download-text.js';
import { recordsToJsonLd } from '../../export/records-jsonld.js';
import { formatAmount } from '../../format/format-amount.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { recordProofs } from '../../receipt/record-proofs.js';
import { ledgerHref } from '../../routing/ledger-route.js';
import { loadError, loadStatus } from '../../templates/load-status.js';
import { styles } from './mutua-ledger-receipt.styles.js';

/** The receipt of one ledger entry: what was signed, by whom, its place in the hash chain and whether it verified. */
@localized()
@customElement('mutua-ledger-receipt')
export class MutuaLedgerReceipt extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) store: LedgerStore | undefined;
  @property() group = '';
  @property() viewer = '';
  /** The entry's sequence number in the group ledger. */
  @property({ type: Number }) entry = -1;

  @state() private exportFailure: string | undefined;

  private readonly ledger = new GroupLedgerController(this, () => ({ store: this.store, group: this.group }));

  override render() {
    return html`<h1>${msg(str`Receipt for entry ${this.entry}`)}</h1>
      ${this.ledger.task.render({
        pending: () => loadStatus(this.ledger.stage),
        error: (error) => loadError(error, () => this.store?.refresh(this.group)),
        complete: (data) => (data ? this.renderReceipt(data) : nothing),
      })}`;
  }

  private renderReceipt({ context, view }: GroupLedger) {
    const entry = view.entries.find((e) => e.sequence === this.entry);
    if (!entry) {
      return html`<p role="alert" class="alert">
        ${msg('This ledger has no such entry. Open the receipt from your history instead.')} <a href=${ledgerHref('history', { group: this.group })}>${msg('Open my history')}</a>
      </p>`;
    }
    const line = view.lines.find((l) => l.sequence === this.entry);
    const problems = view.problems.filter((p) => p.sequence === this.entry);
    const nameOf = (webId: string) => context.names.get(webId) ?? webId;
    const t = line?.transfer;
    const offer = t?.offer ? toSafeHttpUrl(t.offer) : undefined;
    return html`<section class="card" aria-labelledby="status">
        ${problems.length === 0 && t
          ? html`<p id="status" class="ok" data-testid="receipt-status">${msg('Signatures verified; this entry counts in the ledger.')}</p>`
          : html`<div id="status" role="alert" class="alert" data-testid="receipt-status">
              <p>${msg('This entry does not count: it failed verification.')}</p>
              <ul>${problems.map((p) => html`<li>${p.message}</li>`)}</ul>
            </div>`}
        ${t
          ? html`<p class="amount">${formatAmount(t.amount, context.currency)}</p>
              <dl>
                <dt>${msg('From')}</dt>
                <dd>${nameOf(t.payer)}</dd>
                <dt>${msg('To')}</dt>
                <dd>${nameOf(t.payee)}</dd>
                <dt>${msg('Description')}</dt>
                <dd>${t.description ?? '—'}</dd>
                <dt>${msg('Time')}</dt>
                <dd>${new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'medium' }).format(new Date(t.time))}</dd>
                <dt>${msg('Started by')}</dt>
                <dd>${t.initiator === t.payer ? msg('the payer (a payment)') : msg('the payee (an accepted request)')}</dd>
                ${offer ? html`<dt>${msg('For the offer')}</dt><dd><a href=${offer} target="_blank" rel="noopener noreferrer">${offer}</a></dd>` : nothing}
                <dt>${msg('Transfer id')}</dt>
                <dd class="mono">${t.id}</dd>
              </dl>`
          : nothing}
      </section>
      <section class="card" aria-labelledby="chain">
        <h2 id="chain">${msg('Signed record and hash chain')}</h2>
        <dl>
          <dt>${msg('Entry')}</dt>
          <dd>${entry.sequence}</dd>
          <dt>${msg('Entry hash')}</dt>
          <dd class="mono">${entry.entryHash}</dd>
          <dt>${msg('Previous entry hash')}</dt>
          <dd class="mono">${entry.previousHash}</dd>
          <dt>${msg('Record hash')}</dt>
          <dd class="mono">${entry.transferHash}</dd>
          ${recordProofs(entry.record, entry.transfer).map(
            (p) => html`<dt>${msg('Signature')}</dt>
              <dd><span class="mono">${p.verificationMethod}</span> ${p.cryptosuite ? html`<span class="muted">(${p.cryptosuite}${p.created ? `, ${p.created}` : ''})</span>` : nothing}</dd>`,
          )}
        </dl>
        <p class="actions">
          <button type="button" @click=${() => this.exportJsonLd(entry.record, entry.sequence)}>${msg('Download the signed record (JSON-LD)')}</button>
          <button type="button" @click=${() => downloadText(`entry-${entry.sequence}.nq`, new Writer({ format: 'N-Quads' }).quadsToString(entry.record as Quad[]), 'application/n-quads')}>
            ${msg('Download as N-Quads')}
          </button>
        </p>
        ${this.exportFailure ? html`<p role="alert" class="alert">${this.exportFailure}</p>` : nothing}
      </section>`;
  }

  private async exportJsonLd(record: readonly Quad[], sequence: number): Promise<void> {
    this.exportFailure = undefined;
    try {
      downloadText(`entry-${sequence}.jsonld`, JSON.stringify(await recordsToJsonLd([record]), null, 2), 'application/ld+json');
    } catch (error) {
      this.exportFailure = describeFailure(error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-receipt': MutuaLedgerReceipt;
  }
}
