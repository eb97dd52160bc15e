import { localized, msg, str } from '@lit/localize';
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { VoteInput, VotingMethod } from '../../data/core-decisions.js';
import { styles } from './dc-vote-form.styles.js';
import { DcVoteSubmittedEvent } from './vote-submitted-event.js';

type Option = { readonly iri: string; readonly name: string };

/** A ballot for one voting method; emits `dc-vote-submitted` with a complete, valid choice. */
@localized()
@customElement('dc-vote-form')
export class DcVoteForm extends LitElement {
  static override styles = styles;

  @property() method: VotingMethod = 'yes-no';
  @property({ attribute: false }) options: readonly Option[] = [];
  @property({ type: Number }) maxScore = 5;
  @property({ type: Boolean }) busy = false;

  @state() private single = '';
  @state() private reason = '';
  @state() private approved = new Set<string>();
  @state() private ranking: string[] = [];
  @state() private scores: Record<string, number> = {};
  @state() private problem = '';

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('options')) {
      this.ranking = this.options.map((o) => o.iri);
      this.scores = Object.fromEntries(this.options.map((o) => [o.iri, 0]));
    }
  }

  private nameOf(iri: string): string {
    return this.options.find((o) => o.iri === iri)?.name ?? iri;
  }

  private submit(event: Event): void {
    event.preventDefault();
    const input = this.ballot();
    if (typeof input === 'string') {
      this.problem = input;
      return;
    }
    this.problem = '';
    this.dispatchEvent(new DcVoteSubmittedEvent(input));
  }

  private ballot(): VoteInput | string {
    switch (this.method) {
      case 'yes-no':
        if (this.single !== 'yes' && this.single !== 'no' && this.single !== 'abstain') return msg('Choose yes, no or abstain.');
        return { method: 'yes-no', choice: this.single };
      case 'consent':
        if (this.single !== 'consent' && this.single !== 'stand-aside' && this.single !== 'block') return msg('Choose consent, stand aside or block.');
        if (this.single === 'block' && this.reason.trim() === '') return msg('A block needs a reason: say what would have to change for you to consent.');
        return { method: 'consent', response: this.single, ...(this.reason.trim() ? { reason: this.reason.trim() } : {}) };
      case 'approval':
        return { method: 'approval', approves: [...this.approved] };
      case 'ranked-choice':
        return { method: 'ranked-choice', ranking: this.ranking };
      case 'score':
        return { method: 'score', scores: this.scores };
    }
  }

  private move(index: number, by: -1 | 1): void {
    const next = [...this.ranking];
    const target = index + by;
    if (target < 0 || target >= next.length) return;
    [next[index], next[target]] = [next[target] as string, next[index] as string];
    this.ranking = next;
    // Keep keyboard focus on the moved option's button so repeated presses keep moving it.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`button[data-move="${target}:${by}"]`)?.focus());
  }

  private radios(choices: readonly [string, string][]) {
    return choices.map(
      ([value, label]) => html`<div class="choice">
        <input type="radio" name="choice" id=${`c-${value}`} .value=${value} .checked=${this.single === value} @change=${() => (this.single = value)} />
        <label for=${`c-${value}`}>${label}</label>
      </div>`,
    );
  }

  private fields() {
    switch (this.method) {
      case 'yes-no':
        return this.radios([['yes', msg('Yes')], ['no', msg('No')], ['abstain', msg('Abstain')]]);
      case 'consent':
        return html`${this.radios([['consent', msg('Consent')], ['stand-aside', msg('Stand aside')], ['block', msg('Block')]])}
          <label for="reason">${this.single === 'block' ? msg('Reason for blocking (required)') : msg('Reason (optional)')}</label>
          <textarea id="reason" .value=${this.reason} ?required=${this.single === 'block'} @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}></textarea>`;
      case 'approval':
        return this.options.map(
          (o, i) => html`<div class="choice">
            <input type="checkbox" id=${`a-${i}`} .checked=${this.approved.has(o.iri)} @change=${(e: Event) => this.toggle(o.iri, (e.target as HTMLInputElement).checked)} />
            <label for=${`a-${i}`}>${o.name}</label>
          </div>`,
        );
      case 'ranked-choice':
        return html`<p class="hint">${msg('Put the options in your order of preference: first is your favourite. Use the buttons (or Tab and Enter) to move them.')}</p>
          <ol aria-label=${msg('Your ranking')}>
            ${this.ranking.map(
              (iri, i) => html`<li>
                <span>${this.nameOf(iri)}</span>
                <button type="button" data-move=${`${i}:-1`} ?disabled=${i === 0} aria-label=${msg(str`Move ${this.nameOf(iri)} up`)} @click=${() => this.move(i, -1)}>↑</button>
                <button type="button" data-move=${`${i}:1`} ?disabled=${i === this.ranking.length - 1} aria-label=${msg(str`Move ${this.nameOf(iri)} down`)} @click=${() => this.move(i, 1)}>↓</button>
              </li>`,
            )}
          </ol>`;
      case 'score':
        return this.options.map(
          (o, i) => html`<div class="choice">
            <label for=${`s-${i}`}>${o.name}</label>
            <input type="range" id=${`s-${i}`} min="0" max=${this.maxScore} step="1" .value=${String(this.scores[o.iri] ?? 0)} @input=${(e: Event) => (this.scores = { ...this.scores, [o.iri]: Number((e.target as HTMLInputElement).value) })} />
            <output for=${`s-${i}`}>${this.scores[o.iri] ?? 0} / ${this.maxScore}</output>
          </div>`,
        );
    }
  }

  private toggle(iri: string, on: boolean): void {
    const next = new Set(this.approved);
    if (on) next.add(iri);
    else next.delete(iri);
    this.approved = next;
  }

  override render() {
    return html`<form @submit=${this.submit}>
      <fieldset>
        <legend>${msg('Your vote')}</legend>
        ${this.fields()}
        ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Signing and sending…') : msg('Sign and cast my vote')}</button>
        </div>
        <p class="hint">${msg('Your vote is signed with your key and kept in your pod. You can vote again until voting closes; your last vote counts.')}</p>
      </fieldset>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dc-vote-form': DcVoteForm;
  }
}
