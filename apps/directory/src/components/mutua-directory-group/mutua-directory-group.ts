import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { sessionContext, toSafeHttpUrl, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { leaveGroup, requestToJoin } from '../../core-api.internal.js';
import { directoryHref } from '../../data/directory-route.js';
import { loadGroupPage, type GroupPage } from '../../data/load-group-page.js';
import type { LoadedNetwork } from '../../data/load-network.js';
import { formatMinorUnits } from '../../data/minor-units.js';
import { markGroupLeft, rememberGroup } from '../../data/network-entries.js';
import { waitForAccessEnd } from '../../data/wait-for-access-end.js';
import { MutuaDirectoryChangedEvent } from '../../events/directory-events.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { votingMethodLabel } from '../../messages/voting-method-label.js';
import { styles } from './mutua-directory-group.styles.js';

/** A group's page: profile, currency and limits, categories, governance defaults, partners and, for members, the member list. */
@localized()
@customElement('mutua-directory-group')
export class MutuaDirectoryGroup extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @property({ attribute: false })
  groupUrl = '';

  @property({ attribute: false })
  network: LoadedNetwork | undefined;

  @state()
  private action: { readonly busy: boolean; readonly done?: string; readonly error?: string } = { busy: false };

  private readonly page = new Task(this, {
    task: ([groupUrl, network, fetch], { signal }) => {
      if (!fetch || !groupUrl) throw new Error('Not logged in');
      return loadGroupPage(groupUrl, network?.groups.find((g) => g.group.url === groupUrl), { fetch, signal }).then((page) => {
        // Removed since the network was read: have the app read memberships again.
        if (page.accessLost) this.dispatchEvent(new MutuaDirectoryChangedEvent());
        return page;
      });
    },
    args: () => [this.groupUrl, this.network, this.session?.fetch] as const,
  });

  override render() {
    return this.page.render({
      pending: () => html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Loading the group…')}</p>`,
      error: (error) => html`<div role="alert" class="alert">
        <p>${describeFailure(error)}</p>
        <button type="button" @click=${() => this.page.run()}>${msg('Try again')}</button>
      </div>`,
      complete: (page) => this.renderPage(page),
    });
  }

  private get membership() {
    return this.network?.groups.find((g) => g.group.url === this.groupUrl)?.membership;
  }

  private renderPage({ group, currency, categories, members, errors }: GroupPage) {
    const website = group.website ? toSafeHttpUrl(group.website) : undefined;
    const logo = group.logo ? toSafeHttpUrl(group.logo) : undefined;
    // The shell keeps <html lang> on the chosen language.
    const locale = document.documentElement.lang.split('-')[0] || 'en';
    return html`<div class="row">
        ${logo ? html`<img class="avatar" src=${logo} alt="" />` : nothing}
        <h1>${group.name}</h1>
      </div>
      ${group.description ? html`<p>${group.description}</p>` : nothing}
      <dl>
        ${group.location ? html`<dt>${msg('Place')}</dt><dd>${group.location.name}</dd>` : nothing}
        ${group.languages.length ? html`<dt>${msg('Languages')}</dt><dd>${group.languages.join(', ')}</dd>` : nothing}
        ${website ? html`<dt>${msg('Website')}</dt><dd><a href=${website} rel="noopener noreferrer" target="_blank">${website}</a></dd>` : nothing}
      </dl>
      ${this.renderMembership()}
      <h2>${msg('Currency')}</h2>
      ${
        currency
          ? html`<dl data-testid="currency">
              <dt>${msg('Name')}</dt><dd>${currency.name} (${currency.symbol})</dd>
              <dt>${msg('Lowest balance allowed')}</dt><dd>${formatMinorUnits(currency.defaultMinimumBalance, currency.decimals)} ${currency.symbol}</dd>
              <dt>${msg('Highest balance allowed')}</dt><dd>${formatMinorUnits(currency.defaultMaximumBalance, currency.decimals)} ${currency.symbol}</dd>
              ${currency.referenceRate ? html`<dt>${msg('Worth in reference hours')}</dt><dd>${currency.referenceRate}</dd>` : nothing}
            </dl>`
          : html`<p class="muted">${msg('The currency could not be read.')}</p>`
      }
      <h2>${msg('Rules')}</h2>
      <dl>
        <dt>${msg('Default voting method')}</dt><dd>${group.defaultVotingMethod ? votingMethodLabel(group.defaultVotingMethod) : msg('not set')}</dd>
        <dt>${msg('Quorum')}</dt><dd>${group.defaultQuorum !== undefined ? `${Math.round(Number(group.defaultQuorum) * 100)} %` : msg('not set')}</dd>
        <dt>${msg('Approval threshold')}</dt><dd>${group.defaultApprovalThreshold !== undefined ? `${Math.round(Number(group.defaultApprovalThreshold) * 100)} %` : msg('not set')}</dd>
      </dl>
      <h2>${msg('Categories')}</h2>
      ${
        categories && categories.categories.length
          ? html`<ul>
              ${categories.categories.map((c) => html`<li>${c.labels[locale] ?? c.labels['en'] ?? Object.values(c.labels)[0] ?? c.id}</li>`)}
            </ul>`
          : html`<p class="muted">${msg('No categories yet.')}</p>`
      }
      <h2>${msg('Partner groups')}</h2>
      ${
        group.partnerGroups.length
          ? html`<ul>
              ${group.partnerGroups.map((url) => {
                const name = this.network?.groups.find((g) => g.group.url === url)?.group.name ?? url;
                return html`<li><a href=${directoryHref({ page: 'group', group: url })}>${name}</a></li>`;
              })}
            </ul>`
          : html`<p class="muted">${msg('This group lists no partner groups.')}</p>`
      }
      ${members ? this.renderMembers(members) : nothing}
      ${errors.length ? html`<p role="alert" class="alert">${msg(str`Some parts could not be read: ${errors.map((e) => e.error.message).join('; ')}`)}</p>` : nothing}`;
  }

  private renderMembership() {
    const membership = this.membership;
    const { busy, done, error } = this.action;
    return html`<section aria-label=${msg('Your membership')}>
      ${
        membership
          ? html`<p>
              <span class="badge">${membership.role === 'admin' ? msg('You are an admin') : msg('You are a member')}</span>
              ${membership.role === 'admin' ? html`<a href=${directoryHref({ page: 'group-admin', group: this.groupUrl })}>${msg('Manage requests, roles and limits')}</a>` : nothing}
            </p>
            <button type="button" ?disabled=${busy} @click=${this.leave}>${msg('Leave this group')}</button>`
          : done
            ? nothing
            : html`<button type="button" class="primary" ?disabled=${busy} @click=${this.askToJoin}>${busy ? msg('Sending…') : msg('Ask to join')}</button>`
      }
      ${done ? html`<p role="status">${done}</p>` : nothing}
      ${error ? html`<p role="alert" class="alert">${error}</p>` : nothing}
    </section>`;
  }

  private renderMembers(members: GroupPage['members'] & object) {
    return html`<h2>${msg('Members')}</h2>
      <ul data-testid="group-members">
        ${members.map(
          (m) => html`<li>
            <a href=${directoryHref({ page: 'member', webId: m.webId })}>${m.name}</a>
            ${m.role === 'admin' ? html`<span class="badge">${msg('Admin')}</span>` : nothing}
          </li>`,
        )}
      </ul>`;
  }

  private readonly askToJoin = async (): Promise<void> => {
    await this.act(async (webId, fetch) => {
      await requestToJoin(this.groupUrl, { applicant: webId }, { fetch });
      rememberGroup(this.groupUrl);
      return msg('Request sent. An admin of the group will answer it.');
    });
  };

  private readonly leave = async (): Promise<void> => {
    if (!window.confirm(msg('Leave this group? Your apps stop using it now; the server ends your access as soon as the group’s steward or an admin’s app carries out your request.'))) return;
    await this.act(async (webId, fetch) => {
      await leaveGroup(this.groupUrl, webId, { fetch });
      markGroupLeft(this.groupUrl);
      // Where the host runs a steward, the server ends access within seconds: say so only once it has.
      return (await waitForAccessEnd(this.groupUrl, fetch))
        ? msg('You left the group. The server no longer gives you access to its private pages.')
        : msg('You left the group. No steward has ended your access yet: the server ends it when an admin’s app next opens the group.');
    });
  };

  private async act(run: (webId: string, fetch: typeof globalThis.fetch) => Promise<string>): Promise<void> {
    if (!this.session?.webId) return;
    this.action = { busy: true };
    try {
      this.action = { busy: false, done: await run(this.session.webId, this.session.fetch) };
      this.dispatchEvent(new MutuaDirectoryChangedEvent());
    } catch (error) {
      this.action = { busy: false, error: describeFailure(error) };
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-group': MutuaDirectoryGroup;
  }
}
