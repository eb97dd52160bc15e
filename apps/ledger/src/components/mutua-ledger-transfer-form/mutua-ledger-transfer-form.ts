import { localized, msg, str } from '@lit/localize';
import { navigate, toSafeHttpUrl } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { GroupLedgerController } from '../../controllers/group-ledger-controller.js';
import type { GroupLedger } from '../../data/group-ledger.js';
import type { LedgerStore } from '../../data/ledger-store.js';
import { checkPaymentLimits } from '../../format/check-payment-limits.js';
import { formatAmount } from '../../format/format-amount.js';
import { memberChoice } from '../../format/member-choice.js';
import { parseAmount, type ParsedAmount } from '../../format/parse-amount.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { ledgerHref } from '../../routing/ledger-route.js';
import { loadError, loadStatus } from '../../templates/load-status.js';
import { styles } from './mutua-ledger-transfer-form.styles.js';

/** Pay a member, or ask a member to pay you; fields can be prefilled from the URL (marketplace links). */
@localized()
@customElement('mutua-ledger-transfer-form')
export class MutuaLedgerTransferForm extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) store: LedgerStore | undefined;
  @property() group = '';
  @property() viewer = '';
  @property() mode: 'pay' | 'request' = 'pay';
  /** The page's query: payee (or payer), amount (whole minor units), description, offer. */
  @property({ attribute: false }) params = new URLSearchParams();

  @state() private problem: string | undefined;
  @state() private failure: string | undefined;
  @state() private sending = false;

  private readonly ledger = new GroupLedgerController(this, () => ({ store: this.store, group: this.group }));

  override render() {
    const title = this.mode === 'pay' ? msg('Pay a member') : msg('Request a payment');
    return html`<h1>${title}</h1>
      ${this.ledger.task.render({
        pending: () => loadStatus(this.ledger.stage),
        error: (error) => loadError(error, () => this.store?.refresh(this.group)),
        complete: (data) => (data ? this.renderForm(data) : nothing),
      })}`;
  }

  private renderForm({ context, view }: GroupLedger) {
    if (this.mode === 'request' && !context.rules.workflow.membersMayRequestPayments) return this.renderRequestsClosed();
    const { currency } = context;
    const others = context.members.filter((m) => m !== this.viewer);
    const nameOf = (webId: string) => context.names.get(webId) ?? webId;
    const prefilled = this.params.get(this.mode === 'pay' ? 'payee' : 'payer');
    const prefilledAmount = this.params.get('amount');
    const amountValue = prefilledAmount ? this.prefillAmount(prefilledAmount, currency) : '';
    const offer = toSafeHttpUrl(this.params.get('offer') ?? '');
    const balance = view.balances.get(this.viewer) ?? 0;
    const otherLabel = this.mode === 'pay' ? msg('Pay to') : msg('Ask');
    const acknowledged = this.mode === 'pay' && context.rules.workflow.payeeMustAcknowledge;
    const submitLabel = this.mode === 'request' ? msg('Sign and send the request') : acknowledged ? msg('Sign and send for acknowledgement') : msg('Sign and pay');
    return html`<p class="muted">${msg(str`Your balance in ${context.group.name}: ${formatAmount(balance, currency)}`)}</p>
      ${acknowledged ? html`<p class="muted" data-testid="acknowledgement-note">${msg('In this group the payee acknowledges each payment: it is recorded in the ledger once they countersign it.')}</p>` : nothing}
      ${others.length === 0 ? html`<p>${msg('There is no one else in this group yet. Invite members through the directory first.')}</p>` : nothing}
      <form @submit=${(e: SubmitEvent) => this.submit(e, this.ledger.task.value!)} novalidate>
        <label
          >${otherLabel}
          <input name="member" list="members" autocomplete="off" required .value=${prefilled ? nameOf(prefilled) : ''} />
          <span class="hint muted">${msg('Start typing a name and pick a member from the list.')}</span>
        </label>
        <datalist id="members">${others.map((m) => html`<option value=${nameOf(m)}></option>`)}</datalist>
        <label
          >${msg('Amount')}
          <span class="amount"><input name="amount" inputmode="decimal" required .value=${amountValue} aria-invalid=${this.problem ? 'true' : 'false'} /> <span>${currency.symbol}</span></span>
        </label>
        <label>${msg('Description')} <input name="description" maxlength="500" .value=${this.params.get('description') ?? ''} /></label>
        ${offer ? html`<p class="muted">${msg('For the offer:')} <a href=${offer} target="_blank" rel="noopener noreferrer">${offer}</a></p>` : nothing}
        ${this.problem ? html`<p role="alert" class="alert">${this.problem}</p>` : nothing}
        ${this.failure ? html`<p role="alert" class="alert">${this.failure}</p>` : nothing}
        <p class="actions">
          <button class="primary" type="submit" ?disabled=${this.sending || others.length === 0}>${submitLabel}</button>
          ${this.sending ? html`<span role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Signing and recording in the group ledger…')}</span>` : nothing}
        </p>
      </form>`;
  }

  // The group's pod refuses the request anyway; saying so up front spares signing one for nothing.
  private renderRequestsClosed() {
    return html`<p role="note" data-testid="requests-closed">
        ${msg("This group does not use payment requests: the member who pays records each transfer. Ask the other member to pay you, or ask the group's admins to allow requests.")}
      </p>
      <p><a href=${ledgerHref('pay', { group: this.group })}>${msg('Pay a member')}</a></p>`;
  }

  private prefillAmount(text: string, currency: { decimals: number; symbol: string }): string {
    // Links (the marketplace's "pay for this") carry whole minor units, like every amount in Mutua.
    if (!/^\d{1,15}$/.test(text) || Number(text) <= 0) return '';
    return formatAmount(Number(text), currency, { bare: true });
  }

  private async submit(event: SubmitEvent, data: GroupLedger | undefined): Promise<void> {
    event.preventDefault();
    if (!data || !this.store || this.sending) return;
    const form = new FormData(event.target as HTMLFormElement);
    const { context, view } = data;
    const others = context.members.filter((m) => m !== this.viewer);
    const counterparty = memberChoice(String(form.get('member') ?? ''), context.names, others);
    const amount = parseAmount(String(form.get('amount') ?? ''), context.currency.decimals);
    this.failure = undefined;
    this.problem = counterparty === undefined ? msg('Pick a member of this group from the list.') : !amount.ok ? this.amountProblem(amount, context.currency.decimals) : undefined;
    if (this.problem || counterparty === undefined || !amount.ok) return;
    const [payer, payee] = this.mode === 'pay' ? [this.viewer, counterparty] : [counterparty, this.viewer];
    const limits = checkPaymentLimits(view.balances, context.limits, payer, payee, amount.minor);
    if (!limits.ok) {
      const room = formatAmount(limits.room, context.currency);
      this.problem =
        limits.who === 'payer'
          ? this.mode === 'pay'
            ? msg(str`This would take you below your lowest allowed balance. You can pay at most ${room}; earn some credit first.`)
            : msg(str`This would take the payer below their lowest allowed balance; they can pay at most ${room} now.`)
          : msg(str`This would take the payee above their highest allowed balance; they can receive at most ${room} now.`);
      return;
    }
    const description = String(form.get('description') ?? '').trim();
    const offer = toSafeHttpUrl(this.params.get('offer') ?? '');
    const draft = { group: this.group, counterparty, amount: amount.minor, ...(description ? { description } : {}), ...(offer ? { offer } : {}) };
    this.sending = true;
    try {
      const options = this.store.session;
      if (this.mode === 'pay' && context.rules.workflow.payeeMustAcknowledge) {
        await this.store.port.offerPayment(draft, context, options);
        this.store.refresh(this.group);
        navigate(ledgerHref('pending', { group: this.group }));
      } else if (this.mode === 'pay') {
        const { sequence } = await this.store.port.pay(draft, context, options);
        this.store.refresh(this.group);
        navigate(ledgerHref('receipt', { group: this.group, entry: sequence }));
      } else {
        await this.store.port.requestPayment(draft, context, options);
        this.store.refresh(this.group);
        navigate(ledgerHref('pending', { group: this.group }));
      }
    } catch (error) {
      this.failure = describeFailure(error);
    } finally {
      this.sending = false;
    }
  }

  private amountProblem(amount: Extract<ParsedAmount, { ok: false }>, decimals: number): string {
    switch (amount.reason) {
      case 'empty':
        return msg('Enter an amount.');
      case 'not-a-number':
        return msg('Enter the amount as a number, for example 12 or 12.50.');
      case 'too-many-decimals':
        return decimals === 0 ? msg('This currency has no decimals: enter a whole number.') : msg(str`This currency has ${decimals} decimals at most.`);
      case 'not-positive':
        return msg('The amount must be more than zero.');
      case 'too-large':
        return msg('This amount is too large.');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-transfer-form': MutuaLedgerTransferForm;
  }
}
