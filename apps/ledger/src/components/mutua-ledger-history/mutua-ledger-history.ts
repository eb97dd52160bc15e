import { localized, msg, str } from '@lit/localize';
import { navigate } from '@mutua/elements';
import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { GroupLedgerController } from '../../controllers/group-ledger-controller.js';
import type { GroupLedger } from '../../data/group-ledger.js';
import type { LedgerStore } from '../../data/ledger-store.js';
import { downloadText } from '../../export/download-text.js';
import { historyCsv } from '../../export/history-csv.js';
import { ledgerCsv } from '../../export/ledger-csv.js';
import { recordsToJsonLd } from '../../export/records-jsonld.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { formatAmount } from '../../format/format-amount.js';
import { filterHistory, type HistoryFilter } from '../../history/filter-history.js';
import { memberHistory } from '../../history/member-history.js';
import { ledgerHref } from '../../routing/ledger-route.js';
import { loadError, loadStatus } from '../../templates/load-status.js';
import { styles } from './mutua-ledger-history.styles.js';

/** The member's history in one group: running balance, search and filters kept in the URL, CSV export. */
@localized()
@customElement('mutua-ledger-history')
export class MutuaLedgerHistory extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) store: LedgerStore | undefined;
  @property() group = '';
  @property() viewer = '';
  /** The page's query: q, direction, with, from, to. */
  @property({ attribute: false }) params = new URLSearchParams();

  @state() private exportFailure: string | undefined;

  private readonly ledger = new GroupLedgerController(this, () => ({ store: this.store, group: this.group }));
  // The member's own copies answer in 2–3 requests; the verified group ledger replaces them when read.
  private readonly recent = new Task(this, {
    task: ([store, group]) => (store && group ? store.recentHistory(group) : Promise.resolve(undefined)),
    args: () => [this.store, this.group] as const,
  });

  override render() {
    return html`<h1>${msg('My history')}</h1>
      ${this.ledger.task.render({
        pending: () => html`${loadStatus(this.ledger.stage)}${this.renderRecent()}`,
        error: (error) => loadError(error, () => this.store?.refresh(this.group)),
        complete: (data) => (data ? this.renderHistory(data) : nothing),
      })}`;
  }

  private filter(): HistoryFilter {
    const get = (key: string) => this.params.get(key) || undefined;
    const direction = get('direction');
    return {
      text: get('q'),
      direction: direction === 'in' || direction === 'out' ? direction : undefined,
      counterparty: get('with'),
      from: get('from'),
      to: get('to'),
    };
  }

  private renderHistory({ context, view }: GroupLedger) {
    const nameOf = (webId: string) => context.names.get(webId) ?? webId;
    const all = memberHistory(view.lines, this.viewer);
    const filter = this.filter();
    const rows = filterHistory(all, filter, nameOf).reverse();
    const others = [...new Set(all.map((r) => r.counterparty))].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
    const amount = (minor: number, signed = false) => formatAmount(minor, context.currency, { signed });
    const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<form role="search" @input=${this.changed} @submit=${(e: Event) => e.preventDefault()}>
        <label>${msg('Search')} <input type="search" name="q" .value=${filter.text ?? ''} /></label>
        <label
          >${msg('Direction')}
          <select name="direction">
            <option value="" ?selected=${!filter.direction}>${msg('Paid and received')}</option>
            <option value="in" ?selected=${filter.direction === 'in'}>${msg('Received')}</option>
            <option value="out" ?selected=${filter.direction === 'out'}>${msg('Paid')}</option>
          </select></label
        >
        <label
          >${msg('With')}
          <select name="with">
            <option value="">${msg('Anyone')}</option>
            ${others.map((o) => html`<option value=${o} ?selected=${filter.counterparty === o}>${nameOf(o)}</option>`)}
          </select></label
        >
        <label>${msg('From')} <input type="date" name="from" .value=${filter.from ?? ''} /></label>
        <label>${msg('To')} <input type="date" name="to" .value=${filter.to ?? ''} /></label>
      </form>
      <p class="actions">
        <button type="button" @click=${() => downloadText('my-history.csv', historyCsv(rows.slice().reverse(), context.currency, nameOf), 'text/csv')}>${msg('Export my history (CSV)')}</button>
        ${context.isAdmin
          ? html`<button type="button" @click=${() => downloadText('group-ledger.csv', ledgerCsv(view.lines, context.currency, nameOf), 'text/csv')}>${msg('Export the whole ledger (CSV)')}</button>`
          : nothing}
        <button type="button" ?disabled=${rows.length === 0} @click=${() => this.exportRecords(view, rows.map((r) => r.sequence))}>${msg('Export my signed records (JSON-LD)')}</button>
      </p>
      ${this.exportFailure ? html`<p role="alert" class="alert">${this.exportFailure}</p>` : nothing}
      <p role="status" class="muted">${msg(str`Showing ${rows.length} of ${all.length} transfers.`)}</p>
      ${all.length === 0
        ? html`<p>${msg('No transfers yet. Pay someone, or ask for a payment, and it will show here.')} <a href=${ledgerHref('pay', { group: this.group })}>${msg('Pay someone')}</a></p>`
        : rows.length === 0
          ? html`<p>${msg('No transfer matches these filters. Clear the search or widen the dates.')}</p>`
          : html`<div class="table-wrap">
              <table data-testid="history">
                <caption class="visually-hidden">${msg('Your transfers, newest first, with your balance after each')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Date')}</th>
                    <th scope="col">${msg('With')}</th>
                    <th scope="col">${msg('Description')}</th>
                    <th scope="col" class="num">${msg('Amount')}</th>
                    <th scope="col" class="num">${msg('Balance')}</th>
                    <th scope="col">${msg('Receipt')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (r) => html`<tr>
                      <td>${when.format(new Date(r.transfer.time))}</td>
                      <td>${nameOf(r.counterparty)}</td>
                      <td>${r.transfer.description ?? ''}</td>
                      <td class="num ${r.direction}">${amount(r.change, true)}</td>
                      <td class="num">${amount(r.balanceAfter)}</td>
                      <td><a href=${ledgerHref('receipt', { group: this.group, entry: r.sequence })}>${msg(str`Entry ${r.sequence}`)}</a></td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`}`;
  }

  private renderRecent() {
    const { context, history: recent } = this.recent.value ?? {};
    if (!context || !recent || recent.items.length === 0) return nothing;
    const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<p class="muted">${msg('Your latest transfers, from the copies in your pod, while the group ledger is checked:')}</p>
      <div class="table-wrap">
        <table data-testid="recent-history">
          <caption class="visually-hidden">${msg('Your latest transfers, newest first')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Date')}</th>
              <th scope="col">${msg('With')}</th>
              <th scope="col">${msg('Description')}</th>
              <th scope="col" class="num">${msg('Amount')}</th>
              <th scope="col">${msg('Signature')}</th>
            </tr>
          </thead>
          <tbody>
            ${recent.items.map(
              (r) => html`<tr>
                <td>${when.format(new Date(r.time))}</td>
                <td>${context.names.get(r.counterparty) ?? r.counterparty}</td>
                <td>${r.description ?? ''}</td>
                <td class="num ${r.change < 0 ? 'out' : 'in'}">${formatAmount(r.change, context.currency, { signed: true })}</td>
                <td>${r.verified ? msg('verified') : msg('not verified')}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  // The records exactly as signed, proofs included, so any Data Integrity verifier can check them.
  private async exportRecords(view: GroupLedger['view'], sequences: readonly number[]): Promise<void> {
    this.exportFailure = undefined;
    try {
      const wanted = new Set(sequences);
      const records = view.entries.filter((e) => wanted.has(e.sequence)).map((e) => e.record);
      downloadText('my-signed-records.jsonld', JSON.stringify(await recordsToJsonLd(records), null, 2), 'application/ld+json');
    } catch (error) {
      this.exportFailure = describeFailure(error);
    }
  }

  // Filters live in the URL, so a filtered history can be bookmarked and back/forward work.
  private changed(event: Event): void {
    const form = event.currentTarget as HTMLFormElement;
    const next = new URL(window.location.href);
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && value !== '') next.searchParams.set(key, value);
      else next.searchParams.delete(key);
    }
    navigate(next, { replace: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-history': MutuaLedgerHistory;
  }
}
