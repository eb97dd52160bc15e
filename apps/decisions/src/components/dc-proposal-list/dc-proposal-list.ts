import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { navigate } from '@mutua/elements';
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { announceClosingSoon, listProposals, proposalState, toTallyProposal } from '../../data/core-decisions.js';
import type { DecisionsMember } from '../../data/member-context.js';
import { swapLastSeen } from '../../data/last-seen.js';
import { proposalNotices, type ProposalNotice } from '../../data/proposal-notices.js';
import { formatWhen, statusLabel } from '../../data/status-label.js';
import '../dc-decision-settings/dc-decision-settings.js';
import { styles } from './dc-proposal-list.styles.js';

/** The proposals of one group: open ones first, then drafts and past ones. */
@localized()
@customElement('dc-proposal-list')
export class DcProposalList extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch = globalThis.fetch;
  @property({ attribute: false }) member: DecisionsMember | undefined;
  @property() groupUrl = '';

  private readonly proposals = new Task(this, {
    task: async ([groupUrl, fetch]) => {
      if (!groupUrl) return undefined;
      const list = await listProposals(groupUrl, { fetch });
      const now = new Date();
      // The first member's app to see a proposal a day from closing tells everyone, once.
      const actor = this.member?.webId;
      if (actor)
        for (const proposal of list.proposals)
          void announceClosingSoon(proposal, { fetch, actor, now }).catch(() => undefined);
      return { ...list, notices: proposalNotices(list.proposals, now, swapLastSeen(groupUrl, now)) };
    },
    args: () => [this.groupUrl, this.fetch] as const,
  });

  private chooseGroup(event: Event): void {
    navigate(`/decisions?group=${encodeURIComponent((event.target as HTMLSelectElement).value)}`);
  }

  private groupPicker() {
    const groups = this.member?.groups ?? [];
    if (groups.length === 0)
      return html`<p role="status">
        ${msg('You are not a member of any group yet. Join a group in the directory to take part in its decisions.')}
      </p>`;
    return html`<label for="group">${msg('Group')}</label>
      <select id="group" @change=${this.chooseGroup}>
        ${groups.map((g) => html`<option value=${g.url} ?selected=${g.url === this.groupUrl}>${g.name}</option>`)}
      </select>`;
  }

  private mayOpen(): boolean {
    return this.member?.groups.find((g) => g.url === this.groupUrl)?.mayOpenProposals ?? false;
  }

  private linkTo(url: string): string {
    return `/decisions/proposal?url=${encodeURIComponent(url)}&group=${encodeURIComponent(this.groupUrl)}`;
  }

  private notices(notices: readonly ProposalNotice[]) {
    if (notices.length === 0) return '';
    return html`<ul class="notices" aria-label=${msg('Notifications')} data-testid="notices">
      ${notices.map(
        (n) =>
          html`<li role="status">
            ${n.kind === 'new' ? msg('New proposal:') : msg(str`Closes soon (${formatWhen(n.proposal.endDate)}):`)}
            <a href=${this.linkTo(n.proposal.url)}>${n.proposal.title}</a>
          </li>`,
      )}
    </ul>`;
  }

  /** Admins set who opens proposals; members are told when only admins do. */
  private rule() {
    const group = this.member?.groups.find((g) => g.url === this.groupUrl);
    if (!group) return '';
    if (group.isAdmin) return html`<dc-decision-settings .fetch=${this.fetch} .root=${group.root} .openers=${group.openers}></dc-decision-settings>`;
    return group.openers === 'admins' ? html`<p class="hint">${msg('In this group only admins open proposals; every member votes and comments.')}</p>` : '';
  }

  override render() {
    const now = new Date();
    return html`<h2>${msg('Proposals')}</h2>
      ${this.groupPicker()} ${this.rule()}
      ${this.proposals.render({
        pending: () => html`<p role="status">${msg('Loading proposals…')}</p>`,
        error: (error) =>
          html`<p role="alert" class="error">
            ${msg('The proposals could not be loaded. Check that you are a member of this group, then reload.')}
            (${String((error as Error).message ?? error)})
          </p>`,
        complete: (list) => {
          if (!list) return html``;
          const withState = list.proposals.map((p) => ({ p, state: proposalState(toTallyProposal(p), now) }));
          const open = withState.filter((x) => x.state === 'open');
          const other = withState.filter((x) => x.state !== 'open');
          const item = ({ p, state }: (typeof withState)[number]) =>
            html`<li>
              <a href=${this.linkTo(p.url)}>${p.title}</a>
              <span class="badge">${statusLabel(state)}</span>
              <span class="hint"
                >${state === 'open' ? msg(str`closes ${formatWhen(p.endDate)}`) : formatWhen(p.modified ?? p.created)}</span
              >
            </li>`;
          return html`${this.notices(list.notices)}
            ${list.errors.length > 0 ? html`<p role="alert" class="error">${msg(str`${list.errors.length} proposals could not be read and are not shown.`)}</p>` : ''}
            <h3>${msg('Open for voting')}</h3>
            ${
              open.length === 0
                ? html`<p class="hint">${msg('No proposal is open.')} ${this.mayOpen() ? msg('Start one with “New proposal”.') : ''}</p>`
                : html`<ul>
                    ${open.map(item)}
                  </ul>`
            }
            <h3>${msg('Drafts and past proposals')}</h3>
            ${
              other.length === 0
                ? html`<p class="hint">${msg('Nothing here yet.')}</p>`
                : html`<ul>
                    ${other.map(item)}
                  </ul>`
            }`;
        },
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dc-proposal-list': DcProposalList;
  }
}
