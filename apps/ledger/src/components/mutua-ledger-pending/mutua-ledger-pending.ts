import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { GroupLedgerController } from '../../controllers/group-ledger-controller.js';
import { requestExpiresAt, type PaymentRequest } from '../../data/core-api.internal.js';
import type { GroupLedger } from '../../data/group-ledger.js';
import type { LedgerStore } from '../../data/ledger-store.js';
import { checkPaymentLimits } from '../../format/check-payment-limits.js';
import { formatAmount } from '../../format/format-amount.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { ledgerHref } from '../../routing/ledger-route.js';
import { loadError, loadStatus } from '../../templates/load-status.js';
import '../mutua-ledger-workflow-settings/mutua-ledger-workflow-settings.js';
import { styles } from './mutua-ledger-pending.styles.js';

type Answer = 'accept' | 'decline' | 'cancel';

/** Payment requests waiting for an answer: the member accepts or declines those sent to them, and can cancel their own. */
@localized()
@customElement('mutua-ledger-pending')
export class MutuaLedgerPending extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) store: LedgerStore | undefined;
  @property() group = '';
  @property() viewer = '';

  @state() private busy: string | undefined;
  @state() private failure: string | undefined;
  @state() private done: string | undefined;

  private readonly ledger = new GroupLedgerController(this, () => ({ store: this.store, group: this.group }));

  override render() {
    return html`<h1>${msg('Payment requests')}</h1>
      ${this.done ? html`<p role="status" class="ok">${this.done}</p>` : nothing}
      ${this.failure ? html`<p role="alert" class="alert">${this.failure}</p>` : nothing}
      ${this.ledger.task.render({
        pending: () => loadStatus(this.ledger.stage),
        error: (error) => loadError(error, () => this.store?.refresh(this.group)),
        complete: (data) => (data ? this.renderRequests(data) : nothing),
      })}`;
  }

  private renderRequests(data: GroupLedger) {
    // Whoever did not start a pending transfer decides on it: the payer of a request, the payee of a payment.
    const toMe = data.pending.filter((r) => r.transfer.initiator !== this.viewer);
    const fromMe = data.pending.filter((r) => r.transfer.initiator === this.viewer);
    const { workflow } = data.context.rules;
    const requestLink = workflow.membersMayRequestPayments
      ? html` <a href=${ledgerHref('request', { group: this.group })}>${msg('Request a payment')}</a>`
      : html` ${msg('This group does not use payment requests.')}`;
    return html`<section aria-labelledby="to-me">
        <h2 id="to-me">${msg('Waiting for your answer')}</h2>
        ${toMe.length === 0 ? html`<p class="muted">${msg('No one is asking you to pay right now.')}</p>` : html`<ul data-testid="requests-to-me">${toMe.map((t) => this.renderRequest(t, data, true))}</ul>`}
      </section>
      <section aria-labelledby="from-me">
        <h2 id="from-me">${msg('Your requests')}</h2>
        ${fromMe.length === 0
          ? html`<p class="muted">${msg('You have no open requests.')}${requestLink}</p>`
          : html`<ul data-testid="requests-from-me">${fromMe.map((t) => this.renderRequest(t, data, false))}</ul>`}
      </section>
      <p class="muted">${msg(str`In this group a request can be paid for ${workflow.requestLifetimeDays} days.`)}</p>
      ${data.context.isAdmin
        ? html`<section aria-labelledby="settings">
            <h2 id="settings">${msg('Settings')}</h2>
            <mutua-ledger-workflow-settings .store=${this.store} .context=${data.context}></mutua-ledger-workflow-settings>
          </section>`
        : nothing}`;
  }

  private renderRequest(request: PaymentRequest, { context, view }: GroupLedger, toMe: boolean) {
    const t = request.transfer;
    const expired = t.status === 'expired';
    const nameOf = (webId: string) => context.names.get(webId) ?? webId;
    const amount = formatAmount(t.amount, context.currency);
    const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    const when = dateFormat.format(new Date(t.time));
    const expiry = dateFormat.format(requestExpiresAt(t.time, context.rules.workflow));
    const fits = checkPaymentLimits(view.balances, context.limits, t.payer, t.payee, t.amount).ok;
    const busy = this.busy === t.id;
    const payment = t.initiator === t.payer;
    return html`<li class="card">
      <p>
        ${this.summary(t, toMe, nameOf, amount)}
        <span class="muted">· ${when}</span>
        <span class="muted" data-testid="expiry">· ${expired ? msg(str`expired ${expiry}`) : msg(str`expires ${expiry}`)}</span>
      </p>
      ${t.description ? html`<p>${t.description}</p>` : nothing}
      ${request.acceptedAt !== undefined
        ? this.renderUnfinished(request, context, dateFormat.format(new Date(request.acceptedAt)), fits, busy)
        : expired
        ? html`<p class="muted">${toMe ? msg('This request has expired and can no longer be paid.') : msg('This request has expired. Send a new one if you still want to be paid.')}</p>`
        : html`${toMe && !fits ? html`<p class="error">${msg('Paying this would break a credit limit; you can decline it, or earn credit first.')}</p>` : nothing}
            <p class="actions">
              ${toMe
                ? html`<button class="primary" type="button" ?disabled=${busy || !fits} @click=${() => this.answer('accept', request, context)}>${payment ? msg('Acknowledge') : msg('Accept and pay')}</button>
                    <button type="button" ?disabled=${busy} @click=${() => this.answer('decline', request, context)}>${msg('Decline')}</button>`
                : html`<button type="button" ?disabled=${busy} @click=${() => this.answer('cancel', request, context)}>${payment ? msg('Cancel payment') : msg('Cancel request')}</button>`}
              ${busy ? html`<span role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Recording your answer…')}</span>` : nothing}
            </p>`}
    </li>`;
  }

  // The decision is on record but the ledger never got the transfer: the payer finishes it here.
  private renderUnfinished(request: PaymentRequest, context: GroupLedger['context'], acceptedOn: string, fits: boolean, busy: boolean) {
    return html`<p class="error" data-testid="unfinished">${msg(str`You accepted this on ${acceptedOn}, but it did not reach the ledger, so nothing was paid yet.`)}</p>
      ${fits ? nothing : html`<p class="error">${msg('Finishing it now would break a credit limit; earn credit first, then finish it.')}</p>`}
      <p class="actions">
        <button class="primary" type="button" ?disabled=${busy || !fits} @click=${() => this.answer('accept', request, context)}>${msg('Finish the payment')}</button>
        ${busy ? html`<span role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Recording your answer…')}</span>` : nothing}
      </p>`;
  }

  // A payment awaiting acknowledgement reads differently from a request, on both sides.
  private summary(t: PaymentRequest['transfer'], toMe: boolean, nameOf: (webId: string) => string, amount: string): string {
    if (t.initiator === t.payer) return toMe ? msg(str`${nameOf(t.payer)} pays you ${amount}; acknowledge it to record it`) : msg(str`You pay ${amount} to ${nameOf(t.payee)}; waiting for their acknowledgement`);
    return toMe ? msg(str`${nameOf(t.payee)} asks you for ${amount}`) : msg(str`You asked ${nameOf(t.payer)} for ${amount}`);
  }

  private doneText(answer: Answer, payment: boolean): string {
    if (answer === 'accept') return payment ? msg('Acknowledged: the payment is now in the ledger.') : msg('Paid: the request is now in the ledger.');
    if (answer === 'decline') return payment ? msg('Payment declined.') : msg('Request declined.');
    return payment ? msg('Payment cancelled.') : msg('Request cancelled.');
  }

  private async answer(answer: Answer, request: PaymentRequest, context: GroupLedger['context']): Promise<void> {
    if (!this.store) return;
    this.busy = request.transfer.id;
    this.failure = undefined;
    this.done = undefined;
    try {
      const options = this.store.session;
      if (answer === 'accept') await this.store.port.accept(request, context, options);
      else if (answer === 'decline') await this.store.port.decline(request, context, options);
      else await this.store.port.cancel(request, context, options);
      this.done = this.doneText(answer, request.transfer.initiator === request.transfer.payer);
      this.store.refresh(this.group);
    } catch (error) {
      this.failure = describeFailure(error);
    } finally {
      this.busy = undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-pending': MutuaLedgerPending;
  }
}
