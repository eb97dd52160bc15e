import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  canVote,
  castVote,
  loadProposalPage,
  closeProposalInGroup,
  isClosingSoon,
  notifyMembers,
  announceClosingSoon,
  proposalState,
  publishDraft,
  withdrawProposalInGroup,
  actionToApply,
  applyResolution,
  getCurrency,
  getGroup,
  DEFAULT_MAX_SCORE,
  type BallotVerifier,
  type ProposalPage,
} from '../../data/core-decisions.js';
import type { DecisionsMember } from '../../data/member-context.js';
import { shortName } from '../../data/short-name.js';
import { formatWhen, statusLabel } from '../../data/status-label.js';
import { outcomeLabel } from '../../data/tally-rows.js';
import '../dc-discussion/dc-discussion.js';
import '../dc-markdown/dc-markdown.js';
import '../dc-tally-view/dc-tally-view.js';
import '../dc-vote-form/dc-vote-form.js';
import type { DcVoteSubmittedEvent } from '../dc-vote-form/vote-submitted-event.js';
import { styles } from './dc-proposal-page.styles.js';
import { proposalFacts } from './proposal-facts.js';
import { uncountedVotes } from './uncounted-votes.js';
import { applicationNote, ifOptionWins, ifPassed } from './decision-panel.js';

// While voting is open the tally is re-read this often, so it stays live without a reload.
const REFRESH_MS = 15_000;

/** One proposal: text, options, the vote form, the live tally (or who voted), discussion and outcome. */
@localized()
@customElement('dc-proposal-page')
export class DcProposalPage extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch = globalThis.fetch;
  @property({ attribute: false }) member: DecisionsMember | undefined;
  @property() proposalUrl = '';

  @state() private busy = false;
  @state() private notice = '';
  @state() private problem = '';
  /** Kept across refreshes of the same proposal, so only new ballots are verified. */
  private verifier: { url: string; verify: BallotVerifier } | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  private readonly page = new Task(this, {
    task: async ([url, fetch]) => {
      if (!url) return undefined;
      const verifier = this.verifier?.url === url ? this.verifier.verify : undefined;
      const page = await loadProposalPage(url, { fetch, ...(verifier ? { verifier } : {}) });
      this.verifier = { url, verify: page.verifier };
      // The first member's app to see the proposal a day from closing tells everyone, once.
      if (this.member) void announceClosingSoon(page.proposal, { fetch, actor: this.member.webId, roll: page.roll }).catch(() => undefined);
      return page;
    },
    args: () => [this.proposalUrl, this.fetch] as const,
  });

  /** The group's currency, read only for proposals whose action is a balance limit (the page itself stays at four requests). */
  private readonly currency = new Task(this, {
    task: async ([group, needed, fetch]) => {
      if (!group || !needed) return undefined;
      const currency = await getCurrency((await getGroup(group, { fetch })).currency, { fetch });
      return { decimals: currency.decimals, symbol: currency.symbol };
    },
    args: () => {
      const proposal = this.page.value?.proposal;
      const kinds = [proposal?.decides, ...(proposal?.options ?? []).map((o) => o.decides)].map((d) => d?.kind);
      return [proposal?.group, kinds.some((k) => k !== undefined && k !== 'group-rule'), this.fetch] as const;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      const page = this.page.value;
      // Also while a passed decision waits for the steward, so "Applied on …" appears without a reload.
      const awaitingApplication = page !== undefined && actionToApply(page.proposal, page.outcome) !== undefined && page.application?.status !== 'applied' && page.application?.status !== 'failed';
      if (page && (proposalState(page.model, new Date()) === 'open' || awaitingApplication) && !this.busy && document.visibilityState === 'visible') void this.page.run();
    }, REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private async act(action: () => Promise<unknown>, done: string): Promise<void> {
    this.busy = true;
    this.problem = '';
    this.notice = '';
    try {
      await action();
      this.notice = done;
      await this.page.run();
    } catch (error) {
      this.problem = `${msg('That did not work. Reload the page and try again; if it keeps failing, ask a group admin.')} (${(error as Error).message})`;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Closes, then applies the decision at once (decision 0078); the group's steward would do it
   * within seconds anyway, so a failed attempt here is not an error for the admin to handle.
   */
  private async closeAndApply(page: ProposalPage): Promise<void> {
    await closeProposalInGroup(page, { fetch: this.fetch });
    await applyResolution(page.proposal.url, { fetch: this.fetch, agent: this.member!.webId }).catch(() => undefined);
  }

  private vote(page: ProposalPage, event: DcVoteSubmittedEvent): void {
    const member = this.member!;
    void this.act(() => castVote(page.proposal, event.input, { fetch: this.fetch, signer: member.signer!, storage: member.storage }), msg('Your vote was signed and delivered.'));
  }

  private async remind(page: ProposalPage): Promise<void> {
    const report = await notifyMembers(page.proposal, page.roll, 'closing-soon', { fetch: this.fetch, actor: this.member!.webId });
    if (report.sent === 0 && report.unreachable.length > 0) throw new Error(msg('no member inbox could be reached'));
  }

  private nameOf(page: ProposalPage): (iri: string) => string {
    const names = new Map(page.options.map((o) => [o.iri, o.name]));
    return (iri) => names.get(iri) ?? shortName(iri);
  }

  private adminActions(page: ProposalPage, state: string) {
    const fetch = this.fetch;
    return html`<div class="actions">
      ${page.proposal.status === 'draft' ? html`<button ?disabled=${this.busy} @click=${() => this.act(() => publishDraft(page.proposal, { fetch }), msg('The proposal is open for voting.'))}>${msg('Open for voting')}</button>` : ''}
      ${state === 'open' || state === 'draft' ? html`<button ?disabled=${this.busy} @click=${() => this.act(() => withdrawProposalInGroup(page.proposal, { fetch }), msg('The proposal was withdrawn.'))}>${msg('Withdraw')}</button>` : ''}
      ${state === 'open' && isClosingSoon(page.proposal, new Date())
        ? html`<button ?disabled=${this.busy} @click=${() => this.act(() => this.remind(page), msg('Members were reminded in their inboxes.'))}>${msg('Remind members that voting closes soon')}</button>`
        : ''}
      ${state === 'closed' && page.proposal.status === 'open'
        ? html`<button class="primary" ?disabled=${this.busy} @click=${() => this.act(() => this.closeAndApply(page), msg('The outcome was recorded.'))}>${msg('Close and record the outcome')}</button>`
        : ''}
      ${page.proposal.status === 'closed' && actionToApply(page.proposal, page.outcome) && (!page.application || page.application.status === 'failed')
        ? html`<button ?disabled=${this.busy} data-testid="apply" @click=${() => this.act(() => applyResolution(page.proposal.url, { fetch, agent: this.member!.webId, retryFailed: true }), msg('The decision was applied, or its failure recorded.'))}>${page.application ? msg('Try applying the decision again') : msg('Apply the decision now')}</button>`
        : ''}
    </div>`;
  }

  private body(page: ProposalPage) {
    const now = new Date();
    const state = proposalState(page.model, now);
    const me = page.roll.members.find((m) => m.webId === this.member?.webId);
    const nameOf = this.nameOf(page);
    const showTally = page.proposal.runningResultsVisible === true || state === 'closed';
    const voters = [...new Set(page.ballots.filter((b) => b.vote.verified).map((b) => b.vote.voter))];
    const myVote = page.ballots
      .filter((b) => b.vote.verified && b.vote.voter === this.member?.webId)
      .map((b) => b.vote.castAt)
      .sort()
      .pop();
    return html`<h2>${page.proposal.title} <span class="badge">${statusLabel(state)}</span></h2>
      ${proposalFacts(page)}
      <dc-markdown .source=${page.proposal.description}></dc-markdown>
      ${page.proposal.resolution ? html`<p><strong>${msg('If adopted:')}</strong> ${page.proposal.resolution}</p>` : ''}
      ${ifPassed(page, this.currency.value, shortName)}
      ${page.options.length > 0 ? html`<h3>${msg('Options')}</h3><ol>${page.options.map((o) => html`<li>${o.name}${ifOptionWins(page, o.iri, this.currency.value, shortName)}</li>`)}</ol>` : ''}
      ${page.outcome
        ? html`<section class="panel outcome" aria-labelledby="outcome" data-testid="outcome">
            <h3 id="outcome">${msg('Outcome')}</h3>
            <p><strong>${outcomeLabel(page.outcome.result, nameOf)}</strong> · ${msg(str`${page.outcome.countedVotes} votes counted, closed ${formatWhen(page.outcome.closedAt)}`)}</p>
            ${applicationNote(page, this.currency.value)}
            <p class="hint">${msg('Hash of the counted votes (anyone with access can recompute it):')} <code>${page.outcome.countedVotesSha256}</code></p>
          </section>`
        : ''}
      ${this.notice ? html`<p role="status">${this.notice}</p>` : ''}
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
      ${me?.role === 'admin' ? this.adminActions(page, state) : ''}
      ${canVote(page.model, now) && me
        ? this.member?.signer
          ? html`<dc-vote-form .method=${page.model.method} .options=${page.options} .maxScore=${page.model.method === 'score' ? (page.model.maxScore ?? DEFAULT_MAX_SCORE) : DEFAULT_MAX_SCORE} ?busy=${this.busy} @dc-vote-submitted=${(e: DcVoteSubmittedEvent) => this.vote(page, e)}></dc-vote-form>`
          : html`<p class="hint">${msg('To vote you need a signing key: finish setting up your profile first.')}</p>`
        : state === 'open' && !me
          ? html`<p class="hint">${msg('You were not a member of the group when this proposal opened, so you cannot vote on it.')}</p>`
          : ''}
      <section class="panel" aria-labelledby="results">
        <h3 id="results">${state === 'closed' ? msg('Result') : msg('Running results')}</h3>
        ${myVote ? html`<p class="hint" data-testid="my-vote">${msg(str`Your vote of ${formatWhen(myVote)} is in the ballot box.`)}</p>` : ''}
        ${showTally
          ? html`<dc-tally-view .tally=${page.tally} .nameOf=${nameOf}></dc-tally-view>`
          : html`<p class="hint">${msg('This group keeps results secret until voting closes. Members who have voted:')}</p>
              ${voters.length === 0 ? html`<p>${msg('Nobody has voted yet.')}</p>` : html`<ul data-testid="voters">${voters.map((v) => html`<li>${shortName(v)}</li>`)}</ul>`}`}
        ${uncountedVotes(page.tally, shortName, showTally)}
      </section>
      <dc-discussion .fetch=${this.fetch} .member=${this.member} .comments=${page.discussion.comments} .nameOf=${shortName} .proposalUrl=${page.proposal.url} ?isAdmin=${me?.role === 'admin'} @dc-discussion-changed=${() => this.page.run()}></dc-discussion>`;
  }

  override render() {
    return this.page.render({
      pending: () => (this.page.value ? this.body(this.page.value) : html`<p role="status">${msg('Loading the proposal, its votes and its discussion…')}</p>`),
      error: (error) => html`<p role="alert" class="error">${msg('This proposal could not be loaded. It may have been removed, or you may not be a member of its group.')} (${String((error as Error).message ?? error)})</p>`,
      complete: (page) => (page ? this.body(page) : html`<p>${msg('No proposal chosen. Go back to the list of proposals.')}</p>`),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dc-proposal-page': DcProposalPage;
  }
}
