import { localized, msg, str } from '@lit/localize';
import { LitElement, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Tally } from '../../data/core-decisions.js';
import { outcomeLabel, tallyRows } from '../../data/tally-rows.js';
import { styles } from './dc-tally-view.styles.js';

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 140;
const CHART_WIDTH = 480;

/** A tally as a bar chart (decorative) with the same numbers in a table, the quorum and any blocks. */
@localized()
@customElement('dc-tally-view')
export class DcTallyView extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) tally: Tally | undefined;
  @property({ attribute: false }) nameOf: (iri: string) => string = (iri) => iri;

  override render() {
    const tally = this.tally;
    if (!tally) return html``;
    const rows = tallyRows(tally, this.nameOf);
    const max = Math.max(1, ...rows.map((r) => r.value));
    const height = rows.length * (BAR_HEIGHT + 6);
    return html`<svg viewBox=${`0 0 ${CHART_WIDTH} ${height}`} aria-hidden="true">
        ${rows.map((row, i) => {
          const y = i * (BAR_HEIGHT + 6);
          const width = ((CHART_WIDTH - LABEL_WIDTH - 40) * row.value) / max;
          return svg`<text x="0" y=${y + 15}>${row.label.slice(0, 22)}</text>
            <rect class="bar" x=${LABEL_WIDTH} y=${y} width=${width} height=${BAR_HEIGHT} rx="3"></rect>
            <text x=${LABEL_WIDTH + width + 6} y=${y + 15}>${row.value}</text>`;
        })}
      </svg>
      <table data-testid="tally">
        <caption class="visually-hidden">${msg('Votes per choice')}</caption>
        <thead><tr><th scope="col">${msg('Choice')}</th><th scope="col">${tally.method === 'score' ? msg('Total score') : msg('Votes')}</th></tr></thead>
        <tbody>${rows.map((r) => html`<tr><td>${r.label}</td><td class="number">${r.value}</td></tr>`)}</tbody>
      </table>
      <p>
        ${msg(str`${tally.totals.counted} of ${tally.totals.eligible} members counted; the quorum needs ${tally.quorum.minimumVotes}.`)}
        <strong>${msg('Current result:')} ${outcomeLabel(typeof tally.outcome === 'string' ? tally.outcome : tally.outcome.winner, this.nameOf)}</strong>
      </p>
      ${tally.method === 'consent' && tally.blocks.length > 0
        ? html`<h4>${msg('Blocks')}</h4><ul>${tally.blocks.map((b) => html`<li>${b.reason}</li>`)}</ul>`
        : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dc-tally-view': DcTallyView;
  }
}
