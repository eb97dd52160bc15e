import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { actionWords, resultingValueWords, type CurrencyUnits } from '../../data/action-words.js';
import { resolutionActionOf, type ProposalPage } from '../../data/core-decisions.js';
import { formatWhen } from '../../data/status-label.js';

/** "If passed: the minimum balance becomes −300.00 hours", or nothing when the proposal decides no action. */
export function ifPassed(
  page: ProposalPage,
  currency: CurrencyUnits | undefined,
  nameOf: (webId: string) => string,
): TemplateResult | string {
  const node = page.proposal.decides;
  if (!node) return '';
  const action = resolutionActionOf(node);
  return html`<p data-testid="if-passed">
    <strong>${msg('If passed:')}</strong> ${typeof action === 'string' ? action : actionWords(action, currency, nameOf)}
  </p>`;
}

/** An option's action, shown next to its name. */
export function ifOptionWins(
  page: ProposalPage,
  optionIri: string,
  currency: CurrencyUnits | undefined,
  nameOf: (webId: string) => string,
): TemplateResult | string {
  const doc = page.proposal.url.replace(/#.*$/, '');
  const node = page.proposal.options.find((o) => `${doc}#${o.id}` === optionIri || o.id === optionIri)?.decides;
  if (!node) return '';
  const action = resolutionActionOf(node);
  return html` —
    <em>${msg('if it wins:')} ${typeof action === 'string' ? action : actionWords(action, currency, nameOf)}</em>`;
}

/** The record of applying the decision: when and with what value, or why it failed, or that it is under way. */
export function applicationNote(page: ProposalPage, currency: CurrencyUnits | undefined): TemplateResult | string {
  const application = page.application;
  if (!application) return '';
  const node = application.action.endsWith('#action')
    ? page.proposal.decides
    : page.proposal.options.find((o) => application.action.endsWith(`#${o.decides?.id ?? '\u0000'}`))?.decides;
  const action = node ? resolutionActionOf(node) : undefined;
  switch (application.status) {
    case 'applied': {
      const now =
        action && typeof action !== 'string'
          ? resultingValueWords(action, application.resultingValue, currency)
          : String(application.resultingValue ?? '');
      return html`<p data-testid="application" class="applied">
        ${msg(str`Applied on ${formatWhen(application.endedAt)}`)}${now ? html` · ${msg(str`now: ${now}`)}` : ''}
      </p>`;
    }
    case 'failed':
      return html`<p data-testid="application" role="alert" class="error">
        ${msg('The decision could not be applied:')} ${application.failureReason ?? ''}
      </p>`;
    case 'applying':
      return html`<p data-testid="application" role="status">
        ${msg(str`Being applied since ${formatWhen(application.startedAt)}…`)}
      </p>`;
  }
}
