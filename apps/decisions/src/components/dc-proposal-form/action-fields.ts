import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { ActionChoice } from '../../data/action-draft.js';
import { ruleWords } from '../../data/action-words.js';
import { GROUP_RULE_NAMES } from '../../data/core-decisions.js';

/** What the form knows about the group to offer actions: its currency and its members. */
export interface ActionContext {
  readonly decimals: number;
  readonly symbol: string;
  readonly members: readonly string[];
}

const KINDS: readonly ActionChoice[] = [
  '',
  'default-minimum',
  'default-maximum',
  'member-minimum',
  'member-maximum',
  'group-rule',
];

function kindLabel(kind: ActionChoice): string {
  switch (kind) {
    case '':
      return msg('Nothing by itself (the text above is the decision)');
    case 'default-minimum':
      return msg('Set the group’s minimum balance');
    case 'default-maximum':
      return msg('Set the group’s maximum balance');
    case 'member-minimum':
      return msg('Set one member’s minimum balance');
    case 'member-maximum':
      return msg('Set one member’s maximum balance');
    case 'group-rule':
      return msg('Switch a group rule');
  }
}

/** The form's "what passing changes by itself" part: a kind, then the inputs that kind needs. */
export function actionFields(
  kind: ActionChoice,
  onKind: (kind: ActionChoice) => void,
  context: ActionContext | undefined,
  nameOf: (webId: string) => string,
): TemplateResult {
  const limit = kind !== '' && kind !== 'group-rule';
  const member = kind === 'member-minimum' || kind === 'member-maximum';
  return html`<fieldset class="action">
    <legend>${msg('What passing changes by itself (applied after closing)')}</legend>
    <label
      >${msg('Change')}
      <select
        name="actionKind"
        data-testid="action-kind"
        @change=${(e: Event) => onKind((e.target as HTMLSelectElement).value as ActionChoice)}
      >
        ${KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${kindLabel(k)}</option>`)}
      </select>
    </label>
    ${
      member
        ? html`<label
            >${msg('Member')}
            <select name="actionMember" required>
              ${(context?.members ?? []).map((webId) => html`<option value=${webId}>${nameOf(webId)}</option>`)}
            </select>
          </label>`
        : ''
    }
    ${
      limit
        ? html`<label
            >${context ? msg(str`New limit in ${context.symbol} (a minimum is zero or below, e.g. -300)`) : msg('New limit (a minimum is zero or below, e.g. -300)')}
            <input name="actionAmount" inputmode="decimal" required data-testid="action-amount" />
          </label>`
        : ''
    }
    ${
      kind === 'group-rule'
        ? html`<label
              >${msg('Rule')}
              <select name="actionRule">
                ${GROUP_RULE_NAMES.map((rule) => html`<option value=${rule}>${ruleWords(rule, true)}</option>`)}
              </select>
            </label>
            <label
              >${msg('Becomes')}
              <select name="actionRuleValue">
                <option value="true">${msg('true (on)')}</option>
                <option value="false">${msg('false (off)')}</option>
              </select>
            </label>`
        : ''
    }
  </fieldset>`;
}
