import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { LoadStage } from '../data/ledger-store.js';
import { describeFailure } from '../messages/describe-failure.js';

/** The progress line of a ledger load: what is happening, and how far it has come on big ledgers. */
export function loadStatus(stage: LoadStage | undefined): TemplateResult {
  const text =
    stage?.stage === 'reading'
      ? msg(str`Reading the ledger: ${stage.done} of ${stage.total} entries…`)
      : stage?.stage === 'verifying'
        ? msg(str`Checking signatures and the hash chain: ${stage.done} of ${stage.total} entries…`)
        : msg('Loading the group and its members…');
  const measured = stage && stage.stage !== 'group' && stage.total > 0;
  return html`<div role="status" class="loading">
    <p><span class="spinner" aria-hidden="true"></span> ${text}</p>
    ${measured ? html`<progress max=${stage.total} value=${stage.done} aria-hidden="true"></progress>` : ''}
  </div>`;
}

/** An error block that says what went wrong and what to do, with a retry button. */
export function loadError(error: unknown, retry: () => void): TemplateResult {
  return html`<div role="alert" class="alert">
    <p>${describeFailure(error)}</p>
    <button type="button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}
