import { localized, msg, str } from '@lit/localize';
import '@mutua/elements/chart';
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { cellText } from '../../data/cell-text.js';
import { chartData } from '../../data/chart-data.js';
import { downloadCsv } from '../../data/csv-download.js';
import type { SparqlJsonResults } from '../../data/cli-api.internal.js';
import type { ExploreOutcome } from '../../data/run-explore-query.js';
import { styles } from './ex-results.styles.js';

/** The answer of a run: counts and time, a chart of its numeric columns, the table, CSV, and what could not be read. */
@localized()
@customElement('ex-results')
export class ExResults extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) outcome: ExploreOutcome | undefined;
  /** Names the CSV file. */
  @property() queryName = 'query';

  override render() {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    if (outcome.result.kind !== 'solutions')
      return html`<p role="alert" class="error">
          ${msg('This page shows SELECT and ASK results; for CONSTRUCT and DESCRIBE use the command line (mutua query --format turtle).')}
        </p>
        ${this.warnings()}`;
    const json = outcome.result.json;
    const rows = json.results?.bindings.length ?? 0;
    const seconds = (outcome.elapsedMs / 1000).toFixed(1);
    return html`<p class="summary" data-testid="result-summary">
        ${msg(str`${rows} rows from ${outcome.documents} documents read, in ${seconds} s.`)}
        <button type="button" @click=${() => downloadCsv(json, `${this.queryName}.csv`)}>${msg('Download CSV')}</button>
      </p>
      ${outcome.truncated ? html`<p class="warning">${msg('The network was larger than the crawl limit: the result covers only the documents read.')}</p>` : nothing}
      ${this.chart(json)}
      ${json.boolean !== undefined ? html`<p data-testid="boolean">${json.boolean ? msg('Yes') : msg('No')}</p>` : this.table(json)}
      ${this.warnings()}`;
  }

  private chart(json: SparqlJsonResults) {
    const data = chartData(json);
    if (!data) return nothing;
    return html`<mutua-chart
      kind="bar"
      .labels=${data.labels}
      .series=${data.series}
      description=${msg('Chart of the numeric columns of the result; the same numbers are in the table below.')}
    ></mutua-chart>`;
  }

  private table(json: SparqlJsonResults) {
    const vars = json.head.vars ?? [];
    const rows = json.results?.bindings ?? [];
    if (rows.length === 0) return html`<p>${msg('No results: nothing you may read matches this query.')}</p>`;
    return html`<div class="scroll">
      <table data-testid="result-table">
        <thead>
          <tr>
            ${vars.map((name) => html`<th scope="col">${name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                ${vars.map((name) => html`<td title=${row[name]?.value ?? ''}>${cellText(row[name])}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private warnings() {
    const failures = this.outcome?.failures ?? [];
    if (failures.length === 0) return nothing;
    return html`<details class="warnings" data-testid="warnings" open>
      <summary>${msg(str`${failures.length} documents could not be read; the result leaves them out.`)}</summary>
      <ul>
        ${failures.map((f) => html`<li><code>${f.url}</code> — ${this.reason(f.kind)} <span class="detail">${f.message}</span></li>`)}
      </ul>
    </details>`;
  }

  private reason(kind: string): string {
    switch (kind) {
      case 'not-allowed':
        return msg('you may not read it');
      case 'not-found':
        return msg('it does not exist');
      case 'unparsable':
        return msg('it is not valid RDF');
      case 'too-large':
        return msg('it is too large');
      case 'timeout':
        return msg('the server took too long');
      case 'unreachable':
        return msg('the server could not be reached');
      default:
        return msg('it could not be read');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ex-results': ExResults;
  }
}
