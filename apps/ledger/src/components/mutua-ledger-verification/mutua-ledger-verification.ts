import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { GroupLedgerController } from '../../controllers/group-ledger-controller.js';
import type { LedgerProblemKind } from '../../data/core-api.internal.js';
import type { GroupLedger } from '../../data/group-ledger.js';
import type { LedgerStore } from '../../data/ledger-store.js';
import { formatAmount } from '../../format/format-amount.js';
import { ledgerHref } from '../../routing/ledger-route.js';
import { loadError, loadStatus } from '../../templates/load-status.js';
import { styles } from './mutua-ledger-verification.styles.js';

/** The verification panel: "verified up to entry N", or every problem found, each entry and why. */
@localized()
@customElement('mutua-ledger-verification')
export class MutuaLedgerVerification extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) store: LedgerStore | undefined;
  @property() group = '';

  private readonly ledger = new GroupLedgerController(this, () => ({ store: this.store, group: this.group }));

  override render() {
    return html`<h1>${msg('Ledger verification')}</h1>
      <p class="muted">
        ${msg('Your browser checked every signature against the keys in the signers’ profiles, the hash chain, membership and credit limits, and replayed all balances. Nothing here relies on trusting the server.')}
      </p>
      ${this.ledger.task.render({
        pending: () => loadStatus(this.ledger.stage),
        error: (error) => loadError(error, () => this.store?.refresh(this.group)),
        complete: (data) => (data ? this.renderVerdict(data) : nothing),
      })}`;
  }

  private renderVerdict({ context, view }: GroupLedger) {
    const total = view.entries.length;
    const sum = [...view.balances.values()].reduce((s, b) => s + b, 0);
    const verdict =
      total === 0
        ? html`<p class="verdict" data-testid="verification-verdict">${msg('The ledger is empty: there is nothing to verify yet.')}</p>`
        : view.problems.length === 0
          ? html`<p class="verdict ok" data-testid="verification-verdict">${msg(str`Ledger verified up to entry ${view.verifiedUpTo}.`)}</p>`
          : html`<div role="alert" class="alert" data-testid="verification-verdict">
              <p class="verdict">${msg(str`Problems found: ${view.problems.length}, in ${total} entries.`)}</p>
              <p>
                ${view.verifiedUpTo >= 0 ? msg(str`Entries 0 to ${view.verifiedUpTo} are sound.`) : msg('Already the first entry has a problem.')}
                ${msg('Entries with a problem are left out of every balance. Tell the group’s admins; they can record a correcting transfer.')}
              </p>
            </div>`;
    return html`<section class="card" aria-labelledby="verdict-title">
        <h2 id="verdict-title">${msg('Result')}</h2>
        ${verdict}
        <p>${msg(str`${total} entries checked; balances of all members sum to ${formatAmount(sum, context.currency)}.`)}</p>
        <p class="actions"><button type="button" @click=${() => this.store?.refresh(this.group, { full: true })}>${msg('Verify again')}</button></p>
      </section>
      ${view.ignoredPages?.length
        ? html`<section class="card" role="status" aria-labelledby="pages-title" data-testid="verification-ignored-pages">
            <h2 id="pages-title">${msg('Ledger pages not used')}</h2>
            <p>
              ${msg('The server holds ledger pages (copies of a hundred entries each, kept to speed reading up) that do not match the entries. Your browser ignored them and read every entry on its own, so the result above does not depend on them. An admin can delete the pages; the next member’s app writes correct ones.')}
            </p>
            <ul>
              ${view.ignoredPages.map((reason) => html`<li>${reason}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${view.problems.length > 0
        ? html`<section class="card" aria-labelledby="problems-title">
            <h2 id="problems-title">${msg('Problems')}</h2>
            <ol data-testid="verification-problems">
              ${view.problems.map(
                (p) => html`<li>
                  <strong>${msg(str`Entry ${p.sequence}`)}: ${kindLabel(p.kind)}</strong>
                  — ${p.message} ${view.entries.some((e) => e.sequence === p.sequence) ? html`<a href=${ledgerHref('receipt', { group: this.group, entry: p.sequence })}>${msg('Receipt')}</a>` : nothing}
                </li>`,
              )}
            </ol>
          </section>`
        : nothing}`;
  }
}

function kindLabel(kind: LedgerProblemKind): string {
  switch (kind) {
    case 'bad-signature':
      return msg('bad signature');
    case 'broken-chain':
      return msg('broken hash chain');
    case 'over-limit':
      return msg('over a credit limit');
    case 'unknown-member':
      return msg('not a member');
    case 'duplicate-id':
      return msg('duplicate transfer id');
    case 'altered':
      return msg('altered after signing');
    case 'out-of-order':
      return msg('out of order');
    case 'invalid-transfer':
      return msg('invalid transfer');
    case 'request-expired':
      return msg('accepted after the request expired');
    case 'payee-acknowledgement-missing':
      return msg('payee did not acknowledge');
    case 'requests-closed':
      return msg('requested while requests were off');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-verification': MutuaLedgerVerification;
  }
}
