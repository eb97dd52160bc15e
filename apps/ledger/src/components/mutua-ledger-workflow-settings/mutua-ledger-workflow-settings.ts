import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { MAX_REQUEST_LIFETIME_DAYS, type LedgerWorkflow } from '../../data/core-api.internal.js';
import type { GroupContext } from '../../data/group-context.js';
import type { LedgerStore } from '../../data/ledger-store.js';
import { parseLifetimeDays } from '../../format/parse-lifetime-days.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { styles } from './mutua-ledger-workflow-settings.styles.js';
import { WorkflowChangedEvent } from './workflow-changed-event.js';

/** An admin's settings for pending transfers in a group (requests, acknowledgement, lifetime): stored in the group's profile. */
@localized()
@customElement('mutua-ledger-workflow-settings')
export class MutuaLedgerWorkflowSettings extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) store: LedgerStore | undefined;
  @property({ attribute: false }) context: GroupContext | undefined;
  @state() private busy = false;
  @state() private problem = '';
  @state() private saved = false;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.store || !this.context || this.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const lifetime = parseLifetimeDays(String(form.get('lifetime') ?? ''));
    this.saved = false;
    if (!lifetime.ok) {
      this.problem = msg(str`Enter a whole number of days from 1 to ${MAX_REQUEST_LIFETIME_DAYS}.`);
      return;
    }
    const workflow: LedgerWorkflow = {
      membersMayRequestPayments: form.get('members-may-request') === 'on',
      payeeMustAcknowledge: form.get('payee-must-acknowledge') === 'on',
      requestLifetimeDays: lifetime.days,
    };
    this.busy = true;
    this.problem = '';
    try {
      await this.store.port.setWorkflow(workflow, this.context, this.store.session);
      this.saved = true;
      this.store.refresh(this.context.group.url, { group: true });
      this.dispatchEvent(new WorkflowChangedEvent(workflow));
    } catch (error) {
      this.problem = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const workflow = this.context?.rules.workflow;
    if (!workflow) return nothing;
    return html`<form @submit=${this.submit} novalidate>
      <fieldset>
        <legend>${msg('Payment requests in this group')}</legend>
        <label
          ><input type="checkbox" name="members-may-request" ?checked=${workflow.membersMayRequestPayments} />
          ${msg('Members may request payments')}</label
        >
        <label
          ><input type="checkbox" name="payee-must-acknowledge" ?checked=${workflow.payeeMustAcknowledge} />
          ${msg('Payees acknowledge payments: a payment is recorded once the payee countersigns it')}</label
        >
        <label
          >${msg('Requests expire after')}
          <input
            type="number"
            name="lifetime"
            min="1"
            max=${MAX_REQUEST_LIFETIME_DAYS}
            step="1"
            required
            .value=${String(workflow.requestLifetimeDays)}
            aria-invalid=${this.problem ? 'true' : 'false'}
          />
          ${msg('days')}</label
        >
        <p class="muted">
          ${msg("The group's pod refuses requests while they and acknowledgement are both turned off. The expiry and the acknowledgement are checked by members' apps, and every member's verification names a transfer that broke the settings in force at its time. Each change is kept, dated, in the group's settings history; a change applies to requests already open.")}
        </p>
        <p class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : msg('Save the settings')}</button>
        </p>
        ${this.problem ? html`<p role="alert" class="alert">${this.problem}</p>` : nothing}
        ${this.saved ? html`<p role="status" class="ok">${msg('Settings saved.')}</p>` : nothing}
      </fieldset>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-workflow-settings': MutuaLedgerWorkflowSettings;
  }
}
