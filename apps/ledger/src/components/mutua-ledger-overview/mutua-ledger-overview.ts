import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { GroupLedgerController } from '../../controllers/group-ledger-controller.js';
import type { GroupLedger } from '../../data/group-ledger.js';
import type { LedgerStore } from '../../data/ledger-store.js';
import { formatAmount } from '../../format/format-amount.js';
import { balanceDistribution } from '../../overview/balance-distribution.js';
import { groupBalances } from '../../overview/group-balances.js';
import { monthlyActivity } from '../../overview/monthly-activity.js';
import { loadError, loadStatus } from '../../templates/load-status.js';
import '@mutua/elements/chart';
import type { ChartSeries } from '@mutua/elements/chart';
import { styles } from './mutua-ledger-overview.styles.js';

/** The group overview: all balances, trade volume and active traders per month, balance distribution; each chart with its table. */
@localized()
@customElement('mutua-ledger-overview')
export class MutuaLedgerOverview extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) store: LedgerStore | undefined;
  @property() group = '';
  @property() viewer = '';

  private readonly ledger = new GroupLedgerController(this, () => ({ store: this.store, group: this.group }));

  override render() {
    return html`<h1>${msg('Group overview')}</h1>
      ${this.ledger.task.render({
        pending: () => loadStatus(this.ledger.stage),
        error: (error) => loadError(error, () => this.store?.refresh(this.group)),
        complete: (data) => (data ? this.renderOverview(data) : nothing),
      })}`;
  }

  private renderOverview({ context, view }: GroupLedger) {
    const { currency } = context;
    const nameOf = (webId: string) => context.names.get(webId) ?? webId;
    const amount = (minor: number) => formatAmount(minor, currency);
    // Charts plot units as floats; the tables beside them show the exact amounts.
    const units = (minor: number) => minor / 10 ** currency.decimals;
    const balances = groupBalances(context.members, view.balances, context.limits);
    const months = monthlyActivity(view.lines);
    const buckets = balanceDistribution(balances.map((b) => b.balance));
    const monthName = (month: string) => new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
    const totalVolume = months.reduce((s, m) => s + m.volume, 0);
    const traders = new Set(view.lines.flatMap((l) => [l.transfer.payer, l.transfer.payee])).size;
    return html`<dl class="figures card">
        <div><dt>${msg('Members')}</dt><dd>${balances.length}</dd></div>
        <div><dt>${msg('Transfers')}</dt><dd>${view.lines.length}</dd></div>
        <div><dt>${msg('Total volume')}</dt><dd>${amount(totalVolume)}</dd></div>
        <div><dt>${msg('Members who traded')}</dt><dd>${traders}</dd></div>
      </dl>
      ${view.lines.length === 0 ? html`<p>${msg('No transfers yet: the charts fill in as members trade.')}</p>` : nothing}
      ${this.section(
        'balances',
        msg('All balances'),
        'bar',
        balances.map((b) => nameOf(b.member)),
        [{ label: msg(str`Balance (${currency.symbol})`), data: balances.map((b) => units(b.balance)) }],
        html`<thead><tr><th scope="col">${msg('Member')}</th><th scope="col" class="num">${msg('Balance')}</th><th scope="col" class="num">${msg('Lowest allowed')}</th><th scope="col" class="num">${msg('Highest allowed')}</th></tr></thead>
          <tbody>${balances.map((b) => html`<tr><td>${nameOf(b.member)}</td><td class="num">${amount(b.balance)}</td><td class="num">${amount(b.minimum)}</td><td class="num">${amount(b.maximum)}</td></tr>`)}</tbody>`,
      )}
      ${this.section(
        'volume',
        msg('Trade volume per month'),
        'bar',
        months.map((m) => monthName(m.month)),
        [{ label: msg(str`Volume (${currency.symbol})`), data: months.map((m) => units(m.volume)) }],
        html`<thead><tr><th scope="col">${msg('Month')}</th><th scope="col" class="num">${msg('Volume')}</th><th scope="col" class="num">${msg('Transfers')}</th></tr></thead>
          <tbody>${months.map((m) => html`<tr><td>${monthName(m.month)}</td><td class="num">${amount(m.volume)}</td><td class="num">${m.transfers}</td></tr>`)}</tbody>`,
      )}
      ${this.section(
        'traders',
        msg('Active traders per month'),
        'line',
        months.map((m) => monthName(m.month)),
        [{ label: msg('Members who paid or were paid'), data: months.map((m) => m.activeTraders) }],
        html`<thead><tr><th scope="col">${msg('Month')}</th><th scope="col" class="num">${msg('Active traders')}</th></tr></thead>
          <tbody>${months.map((m) => html`<tr><td>${monthName(m.month)}</td><td class="num">${m.activeTraders}</td></tr>`)}</tbody>`,
      )}
      ${this.section(
        'distribution',
        msg('Balance distribution'),
        'bar',
        buckets.map((b) => `${formatAmount(b.from, currency, { bare: true })} … ${formatAmount(b.to, currency, { bare: true })}`),
        [{ label: msg('Members'), data: buckets.map((b) => b.members) }],
        html`<thead><tr><th scope="col">${msg('Balance from')}</th><th scope="col">${msg('to')}</th><th scope="col" class="num">${msg('Members')}</th></tr></thead>
          <tbody>${buckets.map((b) => html`<tr><td>${amount(b.from)}</td><td>${amount(b.to)}</td><td class="num">${b.members}</td></tr>`)}</tbody>`,
      )}`;
  }

  private section(id: string, title: string, kind: 'bar' | 'line', labels: readonly string[], series: readonly ChartSeries[], table: TemplateResult) {
    return html`<section class="card" aria-labelledby=${`${id}-title`}>
      <h2 id=${`${id}-title`}>${title}</h2>
      <div class="pair">
        <mutua-chart .kind=${kind} .labels=${labels} .series=${series} description=${msg(str`${title}: chart; the same numbers are in the table next to it.`)}></mutua-chart>
        <div class="table-wrap">
          <table data-testid=${`${id}-table`}>
            <caption class="visually-hidden">${title}</caption>
            ${table}
          </table>
        </div>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-overview': MutuaLedgerOverview;
  }
}
