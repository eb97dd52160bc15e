import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { ProposalPage } from '../../data/core-decisions.js';
import { methodLabel } from '../../data/method-label.js';
import { shortName } from '../../data/short-name.js';
import { formatWhen } from '../../data/status-label.js';
import { thresholdLabel } from './threshold-label.js';

/** The terms of a proposal: method, voting window, quorum, threshold, result visibility, author. */
export function proposalFacts(page: ProposalPage) {
  return html`<dl>
      <dt>${msg('Method')}</dt><dd>${methodLabel(page.model.method)}</dd>
      <dt>${msg('Voting')}</dt><dd>${formatWhen(page.model.opensAt)} – ${formatWhen(page.proposal.endDate)}</dd>
      <dt>${msg('Quorum')}</dt><dd>${msg(str`${page.tally.quorum.minimumVotes} of ${page.tally.quorum.eligible} members`)}</dd>
      ${page.model.method === 'yes-no' ? html`<dt>${msg('Passes with')}</dt><dd>${thresholdLabel(page.model)}</dd>` : ''}
      <dt>${msg('Running results')}</dt><dd>${page.proposal.runningResultsVisible ? msg('shown while voting is open') : msg('secret until voting closes')}</dd>
      <dt>${msg('Proposed by')}</dt><dd>${shortName(page.proposal.creator)}</dd>
    </dl>`;
}
