import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { navigate } from '@mutua/elements';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getCurrency, getGroup, notifyMembers, openProposalInGroup, readDecisionRoll, type VotingMethod } from '../../data/core-decisions.js';
import { actionFromForm, type ActionChoice } from '../../data/action-draft.js';
import type { DecisionsMember, MemberGroup } from '../../data/member-context.js';
import { methodLabel } from '../../data/method-label.js';
import { proposalFromForm, TAKES_ACTION } from '../../data/proposal-draft.js';
import { shortName } from '../../data/short-name.js';
import { actionFields } from './action-fields.js';
import '../dc-markdown/dc-markdown.js';
import { styles } from './dc-proposal-form.styles.js';

const METHODS: readonly VotingMethod[] = ['yes-no', 'consent', 'approval', 'ranked-choice', 'score'];

/** Puts a new question to a group: text (Markdown), method, options, quorum, closing time. */
@localized()
@customElement('dc-proposal-form')
export class DcProposalForm extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch = globalThis.fetch;
  @property({ attribute: false }) member: DecisionsMember | undefined;
  @property() groupUrl = '';

  @state() private method: VotingMethod = 'yes-no';
  @state() private description = '';
  @state() private busy = false;
  @state() private progress = '';
  @state() private problem = '';
  @state() private actionKind: ActionChoice = '';

  /** The currency (to read limits typed in its units) and the members (whose limit may change). */
  private readonly context = new Task(this, {
    task: async ([groupUrl, fetch]) => {
      if (!groupUrl) return undefined;
      const [group, { roll }] = await Promise.all([getGroup(groupUrl, { fetch }), readDecisionRoll(groupUrl, { fetch })]);
      const currency = await getCurrency(group.currency, { fetch });
      return { decimals: currency.decimals, symbol: currency.symbol, members: roll.members.map((m) => m.webId) };
    },
    args: () => [this.groupUrl, this.fetch] as const,
  });

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string): string => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const decides = TAKES_ACTION.includes(this.method)
      ? actionFromForm({ kind: this.actionKind, amount: value('actionAmount'), member: value('actionMember'), rule: value('actionRule'), ruleValue: value('actionRuleValue') }, this.context.value?.decimals ?? 0)
      : undefined;
    if (typeof decides === 'string') {
      this.problem = decides;
      return;
    }
    if (decides && decides.kind !== 'group-rule' && !this.context.value) {
      this.problem = msg('The group’s currency is still loading; try again in a moment.');
      return;
    }
    const proposal = proposalFromForm({
      title: value('title'),
      description: this.description,
      method: this.method,
      options: value('options'),
      quorumPercent: value('quorum'),
      thresholdPercent: value('threshold') || '50',
      closesAt: value('closesAt'),
      runningResultsVisible: (form.elements.namedItem('running') as HTMLInputElement).checked,
      resolution: value('resolution'),
      ...(decides ? { decides } : {}),
    });
    if (typeof proposal === 'string') {
      this.problem = proposal;
      return;
    }
    const asDraft = (form.elements.namedItem('draft') as HTMLInputElement).checked;
    this.busy = true;
    this.problem = '';
    try {
      const actor = this.member!.webId;
      this.progress = msg('Reading the group’s members and their keys…');
      const { roll } = await readDecisionRoll(this.groupUrl, { fetch: this.fetch });
      this.progress = msg('Saving the proposal…');
      const openers = this.group()?.openers ?? 'members';
      const saved = await openProposalInGroup(this.groupUrl, proposal, { fetch: this.fetch, actor, roll, openers, status: asDraft ? 'draft' : 'open' });
      if (!asDraft) {
        this.progress = msg('Notifying members…');
        // Notifications are a courtesy: a member without an inbox still sees the proposal in the list.
        await notifyMembers(saved, roll, 'opened', { fetch: this.fetch, actor }).catch(() => undefined);
      }
      navigate(`/decisions/proposal?url=${encodeURIComponent(saved.url)}&group=${encodeURIComponent(this.groupUrl)}`);
    } catch (error) {
      this.problem = `${msg('The proposal could not be saved. Check that you are a member of this group and may open proposals there, then try again.')} (${(error as Error).message})`;
    } finally {
      this.busy = false;
      this.progress = '';
    }
  }

  private group(): MemberGroup | undefined {
    return this.member?.groups.find((g) => g.url === this.groupUrl);
  }

  override render() {
    if (!this.groupUrl) return html`<p role="status">${msg('Choose a group first: you can only make proposals in a group you belong to.')}</p>`;
    const group = this.group();
    if (group && !group.mayOpenProposals)
      return html`<h2>${msg('New proposal')}</h2>
        <p role="status" data-testid="cannot-propose">
          ${group.openers === 'admins'
            ? msg(str`Only admins open proposals in ${group.name}. Ask an admin to put your question to the group; you can still vote and comment on every proposal.`)
            : msg(str`The server does not let you open proposals in ${group.name}. Check in the directory that you are still a member.`)}
        </p>`;
    const tomorrow = new Date(Date.now() + 7 * 24 * 3600_000);
    const defaultClose = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    const needsOptions = this.method === 'approval' || this.method === 'ranked-choice' || this.method === 'score';
    return html`<h2>${msg('New proposal')}</h2>
      <form @submit=${this.submit} novalidate>
        <label>${msg('Title')}<input name="title" required maxlength="200" /></label>
        <label>${msg('Description (Markdown)')}<textarea name="description" required .value=${this.description} @input=${(e: Event) => (this.description = (e.target as HTMLTextAreaElement).value)}></textarea></label>
        ${this.description ? html`<details><summary>${msg('Preview')}</summary><dc-markdown .source=${this.description}></dc-markdown></details>` : ''}
        <label>${msg('Voting method')}
          <select name="method" @change=${(e: Event) => (this.method = (e.target as HTMLSelectElement).value as VotingMethod)}>
            ${METHODS.map((m) => html`<option value=${m} ?selected=${m === this.method}>${methodLabel(m)}</option>`)}
          </select>
        </label>
        ${needsOptions ? html`<label>${msg('Options, one per line')}<textarea name="options" required></textarea></label>` : ''}
        <label>${msg('Quorum: share of members who must vote (%)')}<input name="quorum" type="number" min="0" max="100" step="1" value="50" /></label>
        ${this.method === 'yes-no' ? html`<label>${msg('Approval threshold: share of yes among yes and no (%); 50 means more than half')}<input name="threshold" type="number" min="1" max="100" step="1" value="50" /></label>` : ''}
        <label>${msg('Voting closes at')}<input name="closesAt" type="datetime-local" required .value=${defaultClose} /></label>
        <label class="inline"><input name="running" type="checkbox" checked />${msg('Show running results while voting is open')}</label>
        <label>${msg('What it decides, if adopted (optional)')}<input name="resolution" maxlength="500" /></label>
        ${TAKES_ACTION.includes(this.method)
          ? actionFields(this.actionKind, (kind) => (this.actionKind = kind), this.context.value, shortName)
          : html`<p class="hint">${msg('With several options, the group’s settings are changed by hand after the vote.')}</p>`}
        <label class="inline"><input name="draft" type="checkbox" />${msg('Save as a draft (open for voting later)')}</label>
        ${this.progress ? html`<p role="status">${this.progress}</p>` : ''}
        ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
        <div><button class="primary" type="submit" ?disabled=${this.busy}>${msg('Publish proposal')}</button></div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dc-proposal-form': DcProposalForm;
  }
}
