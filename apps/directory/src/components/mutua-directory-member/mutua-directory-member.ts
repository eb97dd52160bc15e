import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { sessionContext, toSafeHttpUrl, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { directoryHref } from '../../data/directory-route.js';
import type { LoadedNetwork } from '../../data/load-network.js';
import { loadMemberPage, type MemberPage } from '../../data/load-member-page.js';
import { describeFailure } from '../../messages/describe-failure.js';
import { styles } from './mutua-directory-member.styles.js';

/** A member's page: name, photo, bio, skills, place and the groups of the viewer they belong to. */
@localized()
@customElement('mutua-directory-member')
export class MutuaDirectoryMember extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @property({ attribute: false })
  webId = '';

  @property({ attribute: false })
  network: LoadedNetwork | undefined;

  private readonly page = new Task(this, {
    task: ([webId, network, fetch], { signal }) => {
      if (!fetch || !webId) throw new Error('Not logged in');
      return loadMemberPage(webId, network?.groups ?? [], { fetch, signal });
    },
    args: () => [this.webId, this.network, this.session?.fetch] as const,
  });

  override render() {
    return this.page.render({
      pending: () => html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Loading the profile…')}</p>`,
      error: (error) => html`<div role="alert" class="alert">
        <p>${describeFailure(error)}</p>
        <button type="button" @click=${() => this.page.run()}>${msg('Try again')}</button>
      </div>`,
      complete: (page) => this.renderPage(page),
    });
  }

  private renderPage({ details, groups }: MemberPage) {
    const photo = details.photo ? toSafeHttpUrl(details.photo) : undefined;
    const profile = toSafeHttpUrl(this.webId);
    return html`<div class="row">
        ${photo ? html`<img class="avatar" src=${photo} alt=${msg('Photo')} style="width:6rem;height:6rem" />` : nothing}
        <h1>${details.name || this.webId}</h1>
      </div>
      ${details.note ? html`<p>${details.note}</p>` : nothing}
      <dl>
        <dt>${msg('Skills')}</dt><dd>${details.skills.length ? details.skills.join(', ') : msg('none listed')}</dd>
        <dt>${msg('Place')}</dt><dd>${details.location?.name ?? msg('not given')}</dd>
        ${profile ? html`<dt>${msg('WebID')}</dt><dd><a href=${profile} rel="noopener noreferrer" target="_blank">${profile}</a></dd>` : nothing}
      </dl>
      <h2>${msg('Groups')}</h2>
      ${
        groups.length
          ? html`<ul>
              ${groups.map(
                (g) => html`<li><a href=${directoryHref({ page: 'group', group: g.url })}>${g.name}</a>
                  ${g.role === 'admin' ? html`<span class="badge">${msg('Admin')}</span>` : nothing}</li>`,
              )}
            </ul>`
          : html`<p class="muted">${msg('Not a member of any of your groups.')}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-member': MutuaDirectoryMember;
  }
}
