import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { LocationController, navigate, sessionContext, toSafeHttpUrl, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { directoryHref } from '../../data/directory-route.js';
import { loadMemberCards } from '../../data/load-member-cards.js';
import type { LoadedNetwork } from '../../data/load-network.js';
import type { MemberCard } from '../../data/member-card.js';
import { facetValues, filterMembers, filtersFromSearch, filtersToSearch, type MemberFilters } from '../../data/member-filters.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { styles } from './mutua-directory-members.styles.js';

/** Members of the member's groups with full-text search and filters by skill and place; the URL query holds the filters. */
@localized()
@customElement('mutua-directory-members')
export class MutuaDirectoryMembers extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @property({ attribute: false })
  network: LoadedNetwork | undefined;

  @state()
  private progress: { done: number; total: number } | undefined;

  private readonly location = new LocationController(this);

  private readonly members = new Task(this, {
    task: ([network, fetch], { signal }) => {
      if (!network || !fetch) throw new Error('Not logged in');
      this.progress = undefined;
      return loadMemberCards(network.groups, { fetch, signal, onProgress: (done, total) => (this.progress = { done, total }) });
    },
    args: () => [this.network, this.session?.fetch] as const,
  });

  override render() {
    return html`<h1>${msg('Members of my groups')}</h1>
      ${this.members.render({
        pending: () => html`<p class="status" role="status">
          <span class="spinner" aria-hidden="true"></span>
          ${this.progress ? msg(str`Reading member profiles: ${this.progress.done} of ${this.progress.total}…`) : msg('Reading the member lists…')}
        </p>`,
        error: (error) => html`<div role="alert" class="alert">
          <p>${describeFailure(error)}</p>
          <button type="button" @click=${() => this.members.run()}>${msg('Try again')}</button>
        </div>`,
        complete: ({ members, errors }) => html`${this.renderFilters(members)} ${this.renderList(members)}
          ${
            errors.length
              ? html`<div role="alert" class="alert">
                  <p>${msg(str`${errors.length} profile(s) or list(s) could not be read; those members show their address only.`)}</p>
                  <ul>${errors.map((failure) => html`<li>${failure.url}</li>`)}</ul>
                </div>`
              : nothing
          }`,
      })}`;
  }

  private get filters(): MemberFilters {
    return filtersFromSearch(this.location.searchParams);
  }

  private renderFilters(members: readonly MemberCard[]) {
    const { text, skill, place } = this.filters;
    return html`<form role="search" @submit=${(e: Event) => e.preventDefault()} @input=${this.filtersChanged} @change=${this.filtersChanged}>
      <label>${msg('Search')} <input name="q" type="search" .value=${text} placeholder=${msg('Name, skill, place…')} /></label>
      <div class="row">
        <label
          >${msg('Skill')}
          <select name="skill" .value=${skill}>
            <option value="">${msg('Any skill')}</option>
            ${facetValues(members, 'skill').map((value) => html`<option value=${value} ?selected=${value === skill}>${value}</option>`)}
          </select>
        </label>
        <label
          >${msg('Place')}
          <select name="place" .value=${place}>
            <option value="">${msg('Any place')}</option>
            ${facetValues(members, 'place').map((value) => html`<option value=${value} ?selected=${value === place}>${value}</option>`)}
          </select>
        </label>
      </div>
    </form>`;
  }

  private renderList(members: readonly MemberCard[]) {
    if (members.length === 0) {
      return html`<p class="empty">${msg('Your groups have no members you can see yet. Join a group from the network page.')}
        <a href=${directoryHref({ page: 'groups' })}>${msg('Browse the network')}</a></p>`;
    }
    const shown = filterMembers(members, this.filters);
    return html`<p role="status" class="muted">${msg(str`${shown.length} of ${members.length} members`)}</p>
      ${
        shown.length === 0
          ? html`<p class="empty">${msg('No member matches. Remove a filter or search for another word.')}</p>`
          : html`<ul class="cards" data-testid="member-list">
              ${shown.map((member) => this.renderMember(member))}
            </ul>`
      }`;
  }

  private renderMember(member: MemberCard) {
    const photo = member.photo ? toSafeHttpUrl(member.photo) : undefined;
    return html`<li class="card">
      <div class="row">
        ${photo ? html`<img class="avatar" src=${photo} alt="" loading="lazy" />` : html`<span class="avatar" aria-hidden="true"></span>`}
        <div>
          <h2><a href=${directoryHref({ page: 'member', webId: member.webId })}>${member.name}</a></h2>
          ${member.place ? html`<span class="muted">${member.place}</span>` : nothing}
        </div>
      </div>
      ${member.skills.length ? html`<p>${member.skills.join(' · ')}</p>` : nothing}
      <p class="muted">${member.groups.map((g) => g.name).join(', ')}</p>
    </li>`;
  }

  private readonly filtersChanged = (event: Event): void => {
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string): string => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const search = filtersToSearch({ text: value('q'), skill: value('skill'), place: value('place') }).toString();
    // Replace, not push: typing a search should not fill the back button with every keystroke.
    navigate(`${directoryHref({ page: 'members' })}${search ? `?${search}` : ''}`, { replace: true });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-members': MutuaDirectoryMembers;
  }
}
