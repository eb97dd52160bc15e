import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import type { Currency, Group } from '@mutua/core';
import { sessionContext, toSafeHttpUrl, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getCategoryScheme, removeCategory, saveGroupCurrency, saveGroupProfile, setCategory, setCategoryScheme, type CategoryScheme } from '../../core-api.internal.js';
import { categoryIdFor, formatShare, parseLanguages, parseShare } from '../../data/group-settings-form.js';
import { formatMinorUnits, parseMinorUnits } from '../../data/minor-units.js';
import { MutuaDirectoryChangedEvent } from '../../events/directory-events.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { VOTING_METHODS, votingMethodLabel } from '../../messages/voting-method-label.js';
import { styles } from './mutua-directory-group-settings.styles.js';

type Outcome = { readonly kind: 'done' | 'failed'; readonly text: string };

/** Admin forms for a group's profile and governance defaults, its currency, and its category scheme. */
@localized()
@customElement('mutua-directory-group-settings')
export class MutuaDirectoryGroupSettings extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @property({ attribute: false })
  group: Group | undefined;

  @property({ attribute: false })
  currency: Currency | undefined;

  @state()
  private outcome: Outcome | undefined;

  @state()
  private busy = false;

  private readonly scheme = new Task(this, {
    task: ([url, fetch], { signal }): Promise<CategoryScheme | undefined> => (url && fetch ? getCategoryScheme(url, { fetch, signal }) : Promise.resolve(undefined)),
    args: () => [this.group?.categoryScheme, this.session?.fetch] as const,
  });

  override render() {
    const group = this.group;
    if (!group) return nothing;
    return html`<h2>${msg('Group settings')}</h2>
      ${this.outcome ? html`<p role=${this.outcome.kind === 'done' ? 'status' : 'alert'} class=${this.outcome.kind === 'failed' ? 'alert' : ''}>${this.outcome.text}</p>` : nothing}
      ${this.renderProfileForm(group)} ${this.currency ? this.renderCurrencyForm(this.currency) : nothing} ${this.renderCategories()}`;
  }

  private renderProfileForm(group: Group) {
    return html`<form data-testid="group-profile-form" @submit=${this.saveProfile} novalidate>
      <fieldset>
        <legend>${msg('Profile and decisions')}</legend>
        <label>${msg('Group name')} <input name="name" required .value=${group.name} /></label>
        <label>${msg('Description')} <textarea name="description" .value=${group.description ?? ''}></textarea></label>
        <label>${msg('Place')} <input name="place" .value=${group.location?.name ?? ''} /></label>
        <label>${msg('Website')} <input name="website" type="url" .value=${group.website ?? ''} /></label>
        <label>${msg('Languages')} <span class="hint muted">${msg('Language codes separated by commas, e.g. fr, es')}</span><input name="languages" .value=${group.languages.join(', ')} /></label>
        <label
          >${msg('Default voting method')}
          <select name="votingMethod">
            ${VOTING_METHODS.map((m) => html`<option value=${m} ?selected=${group.defaultVotingMethod === m}>${votingMethodLabel(m)}</option>`)}
          </select>
        </label>
        <label>${msg('Quorum (% of members)')} <input name="quorum" inputmode="decimal" .value=${group.defaultQuorum !== undefined ? formatShare(group.defaultQuorum) : ''} /></label>
        <label>${msg('Approval threshold (% of votes)')} <input name="threshold" inputmode="decimal" .value=${group.defaultApprovalThreshold !== undefined ? formatShare(group.defaultApprovalThreshold) : ''} /></label>
        <div><button type="submit" ?disabled=${this.busy}>${msg('Save profile')}</button></div>
      </fieldset>
    </form>`;
  }

  private renderCurrencyForm(currency: Currency) {
    const amount = (value: number | undefined) => (value === undefined ? '' : formatMinorUnits(value, currency.decimals));
    return html`<form data-testid="currency-form" @submit=${this.saveCurrencyForm} novalidate>
      <fieldset>
        <legend>${msg('Currency')}</legend>
        <p class="muted">${msg(str`Amounts have ${currency.decimals} decimal(s); this cannot change once the ledger is in use.`)}</p>
        <label>${msg('Currency name')} <input name="name" required .value=${currency.name} /></label>
        <label>${msg('Symbol')} <input name="symbol" required size="6" .value=${currency.symbol} /></label>
        <label>${msg('Lowest balance allowed')} <input name="min" inputmode="decimal" .value=${amount(currency.defaultMinimumBalance)} /></label>
        <label>${msg('Highest balance allowed')} <input name="max" inputmode="decimal" .value=${amount(currency.defaultMaximumBalance)} /></label>
        <label>${msg('Worth in reference hours')} <span class="hint muted">${msg('Optional, used to trade with other groups')}</span><input name="rate" inputmode="decimal" .value=${currency.referenceRate ?? ''} /></label>
        <div><button type="submit" ?disabled=${this.busy}>${msg('Save currency')}</button></div>
      </fieldset>
    </form>`;
  }

  private renderCategories() {
    if (!this.group?.categoryScheme) return html`<p class="muted">${msg('This group has no category scheme.')}</p>`;
    return html`<fieldset data-testid="category-editor">
      <legend>${msg('Categories')}</legend>
      ${this.scheme.render({
        pending: () => html`<p role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Loading categories…')}</p>`,
        error: (error) => html`<p role="alert" class="alert">${describeFailure(error)}</p>`,
        complete: (scheme) => (scheme ? this.renderScheme(scheme) : nothing),
      })}
    </fieldset>`;
  }

  private renderScheme(scheme: CategoryScheme) {
    const label = (id: string) => {
      const labels = scheme.categories.find((c) => c.id === id)?.labels ?? {};
      return labels[this.locale] ?? labels['en'] ?? Object.values(labels)[0] ?? id;
    };
    return html`${
      scheme.categories.length === 0
        ? html`<p class="empty">${msg('No categories yet. Add the first one below; offers are sorted by them.')}</p>`
        : html`<ul>
            ${scheme.categories.map(
              (c) => html`<li>
                ${label(c.id)} ${c.broader ? html`<span class="muted">(${msg(str`in ${label(c.broader)}`)})</span>` : nothing}
                <button type="button" ?disabled=${this.busy} aria-label=${msg(str`Remove category ${label(c.id)}`)} @click=${() => this.changeScheme(removeCategory(scheme, c.id), msg(str`Category ${label(c.id)} removed.`))}>${msg('Remove')}</button>
              </li>`,
            )}
          </ul>`
    }
      <form class="row" @submit=${(e: SubmitEvent) => this.addCategory(e, scheme)} novalidate>
        <label>${msg('New category')} <input name="label" required /></label>
        <label
          >${msg('Inside')}
          <select name="broader">
            <option value="">${msg('(top level)')}</option>
            ${scheme.categories.map((c) => html`<option value=${c.id}>${label(c.id)}</option>`)}
          </select>
        </label>
        <button type="submit" ?disabled=${this.busy}>${msg('Add category')}</button>
      </form>`;
  }

  private get locale(): string {
    return document.documentElement.lang.split('-')[0] || 'en';
  }

  private readonly saveProfile = (event: SubmitEvent): void => {
    event.preventDefault();
    const value = field(event);
    const website = value('website') ? toSafeHttpUrl(value('website')) : undefined;
    const { languages, invalid } = parseLanguages(value('languages'));
    const quorum = value('quorum') ? parseShare(value('quorum')) : undefined;
    const threshold = value('threshold') ? parseShare(value('threshold')) : undefined;
    const problem = !value('name')
      ? msg('Give the group a name.')
      : value('website') && !website
        ? msg('The website must be an http(s) address.')
        : invalid.length
          ? msg(str`Not language codes: ${invalid.join(', ')}.`)
          : (value('quorum') && quorum === undefined) || (value('threshold') && threshold === undefined)
            ? msg('Quorum and threshold are percentages from 0 to 100.')
            : '';
    if (problem) return void (this.outcome = { kind: 'failed', text: problem });
    const current = this.group!;
    // Keep coordinates and country when the place name is unchanged: the form does not show them.
    const location = !value('place') ? undefined : current.location?.name === value('place') ? current.location : { name: value('place') };
    void this.run(
      () =>
        saveGroupProfile(
          current.url,
          {
            name: value('name'),
            description: value('description') || undefined,
            location,
            website,
            languages,
            defaultVotingMethod: value('votingMethod') as (typeof VOTING_METHODS)[number],
            defaultQuorum: quorum,
            defaultApprovalThreshold: threshold,
          },
          this.options,
        ),
      msg('The group profile was saved.'),
    );
  };

  private readonly saveCurrencyForm = (event: SubmitEvent): void => {
    event.preventDefault();
    const currency = this.currency!;
    const value = field(event);
    const min = parseMinorUnits(value('min'), currency.decimals);
    const max = parseMinorUnits(value('max'), currency.decimals);
    const rate = value('rate');
    const problem = !value('name') || !value('symbol')
      ? msg('Give the currency a name and a symbol.')
      : min === undefined || max === undefined || min > 0 || max < 0
        ? msg(str`The lowest balance must be zero or below and the highest zero or above, with at most ${currency.decimals} decimals.`)
        : rate && !/^\d+(\.\d+)?$/.test(rate)
          ? msg('The reference rate is a positive number, e.g. 1 or 0.1.')
          : '';
    if (problem || min === undefined || max === undefined) return void (this.outcome = { kind: 'failed', text: problem });
    const { referenceRate: _old, ...rest } = currency;
    const next: Currency = { ...rest, name: value('name'), symbol: value('symbol'), defaultMinimumBalance: min, defaultMaximumBalance: max, ...(rate ? { referenceRate: rate } : {}) };
    // Through saveGroupCurrency so that a change of the default limits is dated for replay (decision 0081).
    void this.run(() => saveGroupCurrency(this.group!.url, next, this.options), msg('The currency was saved.'));
  };

  private addCategory(event: SubmitEvent, scheme: CategoryScheme): void {
    event.preventDefault();
    const value = field(event);
    const text = value('label');
    if (!text) return void (this.outcome = { kind: 'failed', text: msg('Name the new category.') });
    const id = categoryIdFor(text, scheme.categories.map((c) => c.id));
    const broader = value('broader');
    void this.changeScheme(setCategory(scheme, { id, labels: { [this.locale]: text }, ...(broader ? { broader } : {}) }), msg(str`Category ${text} added.`));
  }

  private async changeScheme(next: CategoryScheme, done: string): Promise<void> {
    await this.run(async () => {
      const saved = await setCategoryScheme(next, this.options);
      this.scheme.run();
      return saved;
    }, done);
  }

  private get options() {
    return { fetch: this.session!.fetch };
  }

  private async run(change: () => Promise<unknown>, done: string): Promise<void> {
    this.busy = true;
    this.outcome = undefined;
    try {
      await change();
      this.outcome = { kind: 'done', text: done };
      this.dispatchEvent(new MutuaDirectoryChangedEvent());
    } catch (error) {
      this.outcome = { kind: 'failed', text: describeFailure(error) };
    } finally {
      this.busy = false;
    }
  }
}

/** Reads a trimmed field of the submitted form by name. */
function field(event: SubmitEvent): (name: string) => string {
  const form = event.currentTarget as HTMLFormElement;
  return (name) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-group-settings': MutuaDirectoryGroupSettings;
  }
}
