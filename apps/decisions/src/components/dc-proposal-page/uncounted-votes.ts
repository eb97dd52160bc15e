import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { Tally } from '../../data/core-decisions.js';
import { rejectionLabel } from '../../data/rejection-label.js';

/**
 * The votes the tally set aside, each with its voter and why. While results are secret the
 * detail is left out, since it can reveal the choice (e.g. "block without a reason").
 */
export function uncountedVotes(tally: Tally, nameOf: (webId: string) => string, showDetail: boolean) {
  if (tally.rejected.length === 0) return '';
  return html`<details class="panel" data-testid="uncounted">
    <summary>${msg(str`${tally.rejected.length} votes not counted`)}</summary>
    <ul>
      ${tally.rejected.map(
        (r) => html`<li>${r.vote.voter ? nameOf(r.vote.voter) : msg('unreadable ballot')}: ${rejectionLabel(r.reason)}${showDetail && r.detail ? html` (${r.detail})` : ''}</li>`,
      )}
    </ul>
  </details>`;
}
