import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { GroupLedgerController } from '../../controllers/group-ledger-controller.js';
import { limitsFor } from '../../data/core-api.internal.js';
import type { GroupLedger } from '../../data/group-ledger.js';
import type { LedgerStore } from '../../data/ledger-store.js';
import { formatAmount } from '../../format/format-amount.js';
import { ledgerHref } from '../../routing/ledger-route.js';
import { loadError, loadStatus } from '../../templates/load-status.js';
import { styles } from './mutua-ledger-balance-card.styles.js';

/** One group's card on the start page: the member's balance, their limits and what they can do next. */
@localized()
@customElement('mutua-ledger-balance-card')
export class MutuaLedgerBalanceCard extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) store: LedgerStore | undefined;
  @property() group = '';
  @property() viewer = '';

  private readonly ledger = new GroupLedgerController(this, () => ({ store: this.store, group: this.group }));

  override render() {
    return this.ledger.task.render({
      pending: () => html`<section class="card">${loadStatus(this.ledger.stage)}</section>`,
      error: (error) => html`<section class="card">${loadError(error, () => this.store?.refresh(this.group))}</section>`,
      complete: (data) => (data ? this.renderCard(data) : nothing),
    });
  }

  private renderCard({ context, view, pending }: GroupLedger) {
    const { currency, group } = context;
    const balance = view.balances.get(this.viewer) ?? 0;
    const limits = limitsFor(context.limits, this.viewer);
    const amount = (minor: number, signed = false) => formatAmount(minor, currency, { signed });
    // Requests to pay, and payments to acknowledge: whatever this member is the one to decide.
    const waiting = pending.filter((r) => r.transfer.initiator !== this.viewer && r.transfer.status === 'pending').length;
    return html`<section class="card" aria-labelledby="name" data-testid="balance-card">
      <h2 id="name">${group.name}</h2>
      <p class="muted">${msg('Your balance')}</p>
      <p class="balance ${balance < 0 ? 'out' : 'in'}" data-testid="balance">${amount(balance, true)}</p>
      <meter min=${limits.minimum} max=${limits.maximum} value=${balance} aria-label=${msg('Balance between your limits')}></meter>
      <dl>
        <dt>${msg('Lowest allowed')}</dt>
        <dd>${amount(limits.minimum)}</dd>
        <dt>${msg('Highest allowed')}</dt>
        <dd>${amount(limits.maximum)}</dd>
        <dt>${msg('You can still pay')}</dt>
        <dd>${amount(Math.max(0, balance - limits.minimum))}</dd>
      </dl>
      ${waiting > 0 ? html`<p><a href=${ledgerHref('pending', { group: group.url })}>${msg(str`${waiting} payment requests wait for your answer`)}</a></p>` : nothing}
      <p class="actions">
        <a href=${ledgerHref('pay', { group: group.url })}>${msg('Pay someone')}</a>
        <a href=${ledgerHref('history', { group: group.url })}>${msg('History')}</a>
      </p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-balance-card': MutuaLedgerBalanceCard;
  }
}
