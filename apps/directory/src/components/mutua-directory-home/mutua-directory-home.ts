import { localized, msg } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { directoryHref } from '../../data/directory-route.js';
import type { LoadedNetwork } from '../../data/load-network.js';
import '../mutua-directory-notifications/mutua-directory-notifications.js';
import { styles } from './mutua-directory-home.styles.js';

/** The groups the member belongs to, with their role and a way into each group's page and admin screens, and their notifications. */
@localized()
@customElement('mutua-directory-home')
export class MutuaDirectoryHome extends LitElement {
  static override styles = styles;

  @property({ attribute: false })
  network: LoadedNetwork | undefined;

  override render() {
    const mine = (this.network?.groups ?? []).filter((g) => g.membership);
    return html`<h1>${msg('My groups')}</h1>
      ${
        mine.length === 0
          ? html`<p class="empty">
              ${msg('You are not a member of any group yet.')}
              <a href=${directoryHref({ page: 'groups' })}>${msg('Browse the network and ask to join a group.')}</a>
            </p>`
          : html`<ul class="cards" data-testid="my-groups">
              ${mine.map(
                ({ group, membership }) => html`<li class="card">
                  <h2><a href=${directoryHref({ page: 'group', group: group.url })}>${group.name}</a></h2>
                  <p>
                    <span class="badge">${membership?.role === 'admin' ? msg('Admin') : msg('Member')}</span>
                    ${group.location ? html`<span class="muted">${group.location.name}</span>` : nothing}
                  </p>
                  ${group.description ? html`<p>${group.description}</p>` : nothing}
                  ${
                    membership?.role === 'admin'
                      ? html`<p><a href=${directoryHref({ page: 'group-admin', group: group.url })}>${msg('Manage requests, roles and limits')}</a></p>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
      }
      <p><a href=${directoryHref({ page: 'members' })}>${msg('Find members of my groups')}</a></p>
      <mutua-directory-notifications .network=${this.network}></mutua-directory-notifications>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-home': MutuaDirectoryHome;
  }
}
