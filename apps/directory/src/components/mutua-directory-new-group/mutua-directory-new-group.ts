import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { navigate, sessionContext, toSafeHttpUrl, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { createGroup, getOnboardingStatus, groupLayout } from '../../core-api.internal.js';
import { directoryHref } from '../../data/directory-route.js';
import { groupSlug } from '../../data/group-slug.js';
import { parseMinorUnits } from '../../data/minor-units.js';
import { rememberGroup } from '../../data/network-entries.js';
import { MutuaDirectoryChangedEvent } from '../../events/directory-events.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { VOTING_METHODS, votingMethodLabel } from '../../messages/voting-method-label.js';
import { styles } from './mutua-directory-new-group.styles.js';

/**
 * Creates a group in a container of the member's own pod (`<storage>groups/<name>/`): profile,
 * currency, empty category scheme, access rules, and the creator as its first admin.
 */
@localized()
@customElement('mutua-directory-new-group')
export class MutuaDirectoryNewGroup extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @state()
  private busy = false;

  @state()
  private problem = '';

  override render() {
    return html`<h1>${msg('Create a group')}</h1>
      <p>${msg('The group is stored in your pod, and you become its first admin.')}</p>
      <form @submit=${this.submit} novalidate>
        <label>${msg('Group name')} <input name="name" required /></label>
        <label>${msg('Description')} <textarea name="description"></textarea></label>
        <label>${msg('Place')} <input name="place" /></label>
        <label>${msg('Website')} <span class="hint muted">${msg('Optional, http(s) address')}</span><input name="website" type="url" /></label>
        <label>${msg('Languages')} <span class="hint muted">${msg('Language codes separated by commas, e.g. fr, es')}</span><input name="languages" /></label>
        <fieldset>
          <legend>${msg('Currency')}</legend>
          <label>${msg('Currency name')} <input name="currencyName" required placeholder=${msg('e.g. Hours')} /></label>
          <label>${msg('Symbol')} <input name="symbol" required size="6" /></label>
          <label>${msg('Decimals')} <input name="decimals" type="number" min="0" max="4" value="0" /></label>
          <label>${msg('Lowest balance allowed')} <input name="min" inputmode="decimal" value="-100" /></label>
          <label>${msg('Highest balance allowed')} <input name="max" inputmode="decimal" value="300" /></label>
        </fieldset>
        <fieldset>
          <legend>${msg('Decisions')}</legend>
          <label
            >${msg('Default voting method')}
            <select name="votingMethod">
              ${VOTING_METHODS.map((m) => html`<option value=${m}>${votingMethodLabel(m)}</option>`)}
            </select>
          </label>
          <label>${msg('Quorum (share of members, 0 to 1)')} <input name="quorum" inputmode="decimal" value="0.3" /></label>
        </fieldset>
        ${this.problem ? html`<p role="alert" class="alert">${this.problem}</p>` : nothing}
        ${this.busy ? html`<p role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Creating the group in your pod…')}</p>` : nothing}
        <div><button type="submit" class="primary" ?disabled=${this.busy}>${msg('Create group')}</button></div>
      </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const webId = this.session?.webId;
    if (!webId || !this.session) return;
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string): string => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const decimals = Number(value('decimals'));
    const min = parseMinorUnits(value('min'), decimals);
    const max = parseMinorUnits(value('max'), decimals);
    const quorum = value('quorum');
    const website = value('website') ? toSafeHttpUrl(value('website')) : undefined;
    const problem = !value('name')
      ? msg('Give the group a name.')
      : !value('currencyName') || !value('symbol')
        ? msg('Give the currency a name and a symbol.')
        : !Number.isInteger(decimals) || decimals < 0 || decimals > 4
          ? msg('Decimals must be a whole number from 0 to 4.')
          : min === undefined || max === undefined || min > 0 || max < 0
            ? msg(str`The lowest balance must be zero or below and the highest zero or above, with at most ${decimals} decimals.`)
            : !/^(0(\.\d+)?|1(\.0+)?)$/.test(quorum)
              ? msg('The quorum is a share between 0 and 1, e.g. 0.3.')
              : value('website') && !website
                ? msg('The website must be an http(s) address.')
                : '';
    this.problem = problem;
    if (problem || min === undefined || max === undefined) return;
    this.busy = true;
    try {
      const { storage } = await getOnboardingStatus(webId, { fetch: this.session.fetch });
      const root = `${storage}groups/${groupSlug(value('name'))}-${Date.now().toString(36)}/`;
      const languages = value('languages').split(',').map((l) => l.trim()).filter((l) => l !== '');
      await createGroup(
        root,
        {
          owner: webId,
          creator: webId,
          profile: {
            name: value('name'),
            languages,
            defaultVotingMethod: value('votingMethod') as (typeof VOTING_METHODS)[number],
            defaultQuorum: quorum,
            ...(value('description') ? { description: value('description') } : {}),
            ...(value('place') ? { location: { name: value('place') } } : {}),
            ...(website ? { website } : {}),
          },
          currency: { name: value('currencyName'), symbol: value('symbol'), decimals, defaultMinimumBalance: min, defaultMaximumBalance: max },
        },
        { fetch: this.session.fetch },
      );
      const group = groupLayout(root).group;
      rememberGroup(group);
      this.dispatchEvent(new MutuaDirectoryChangedEvent());
      navigate(directoryHref({ page: 'group', group }));
    } catch (error) {
      this.problem = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-new-group': MutuaDirectoryNewGroup;
  }
}
