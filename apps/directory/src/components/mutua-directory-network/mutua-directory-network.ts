import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import type { Group } from '@mutua/core';
import { navigate, sessionContext, toSafeHttpUrl, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { requestToJoin } from '../../core-api.internal.js';
import { directoryHref } from '../../data/directory-route.js';
import type { LoadedNetwork } from '../../data/load-network.js';
import { rememberGroup } from '../../data/network-entries.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { styles } from './mutua-directory-network.styles.js';

type JoinState = { readonly state: 'sending' } | { readonly state: 'sent' } | { readonly state: 'failed'; readonly message: string };

/** The groups of the network (partners of the member's groups and theirs), each with "ask to join". */
@localized()
@customElement('mutua-directory-network')
export class MutuaDirectoryNetwork extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @property({ attribute: false })
  network: LoadedNetwork | undefined;

  @state()
  private joins = new Map<string, JoinState>();

  @state()
  private addressError = '';

  override render() {
    const groups = this.network?.groups ?? [];
    return html`<h1>${msg('Groups in the network')}</h1>
      ${
        groups.length === 0
          ? html`<p class="empty">${msg('No group could be found yet. Open a group by its address below.')}</p>`
          : html`<ul class="cards" data-testid="network-groups">
              ${groups.map(({ group, membership }) => this.renderGroup(group, membership !== undefined))}
            </ul>`
      }
      ${this.renderErrors()}
      <h2>${msg('Open a group by its address')}</h2>
      <form @submit=${this.openGroup} novalidate>
        <label
          >${msg('Group address')}
          <span class="hint muted">${msg('The IRI of the group, ending with /profile/card#group')}</span>
          <input name="group" type="url" required aria-invalid=${this.addressError ? 'true' : 'false'} aria-describedby="address-error" />
        </label>
        <p id="address-error" class="error" role=${this.addressError ? 'alert' : nothing}>${this.addressError}</p>
        <div><button type="submit">${msg('Open group')}</button></div>
      </form>`;
  }

  private renderGroup(group: Group, isMember: boolean) {
    const join = this.joins.get(group.url);
    const website = group.website ? toSafeHttpUrl(group.website) : undefined;
    return html`<li class="card">
      <h2><a href=${directoryHref({ page: 'group', group: group.url })}>${group.name}</a></h2>
      ${group.location ? html`<p class="muted">${group.location.name}</p>` : nothing}
      ${group.description ? html`<p>${group.description}</p>` : nothing}
      ${website ? html`<p><a href=${website} rel="noopener noreferrer" target="_blank">${msg('Website')}</a></p>` : nothing}
      ${
        isMember
          ? html`<p><span class="badge">${msg('You are a member')}</span></p>`
          : join?.state === 'sent'
            ? html`<p role="status">${msg('Request sent. An admin of the group will answer it.')}</p>`
            : html`<button type="button" class="primary" ?disabled=${join?.state === 'sending'} @click=${() => this.askToJoin(group)}
                  aria-label=${msg(str`Ask to join ${group.name}`)}>
                  ${join?.state === 'sending' ? msg('Sending…') : msg('Ask to join')}
                </button>
                ${join?.state === 'failed' ? html`<p role="alert" class="alert">${join.message}</p>` : nothing}`
      }
    </li>`;
  }

  private renderErrors() {
    const errors = this.network?.errors ?? [];
    if (errors.length === 0) return nothing;
    return html`<div role="alert" class="alert">
      <p>${msg(str`${errors.length} group(s) could not be read; they are left out. Try again later.`)}</p>
      <ul>
        ${errors.map((failure) => html`<li>${failure.url}: ${failure.error.message}</li>`)}
      </ul>
    </div>`;
  }

  private async askToJoin(group: Group): Promise<void> {
    const webId = this.session?.webId;
    if (!webId || !this.session) return;
    this.joins = new Map(this.joins).set(group.url, { state: 'sending' });
    try {
      await requestToJoin(group.url, { applicant: webId }, { fetch: this.session.fetch });
      rememberGroup(group.url);
      this.joins = new Map(this.joins).set(group.url, { state: 'sent' });
    } catch (error) {
      this.joins = new Map(this.joins).set(group.url, { state: 'failed', message: describeFailure(error) });
    }
  }

  private openGroup(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('group') as HTMLInputElement;
    const url = toSafeHttpUrl(input.value.trim());
    if (!url || !new URL(url).pathname.endsWith('/profile/card')) {
      this.addressError = msg('Enter an http(s) address ending with /profile/card#group.');
      return;
    }
    this.addressError = '';
    rememberGroup(url);
    navigate(directoryHref({ page: 'group', group: url }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-network': MutuaDirectoryNetwork;
  }
}
