import { localized, msg, str } from '@lit/localize';
import type { MemberProfile } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { MutuaLogoutRequestedEvent } from '../../events/web-events.js';
import { initialsOf, podNameOf, webIdLabel } from './member-label.internal.js';
import { styles } from './mutua-user-menu.styles.js';

/** The logged-in member's photo and name, and the logout button. */
@localized()
@customElement('mutua-user-menu')
export class MutuaUserMenu extends LitElement {
  static override styles = styles;

  /** The member's WebID; nothing is shown without it. */
  @property() webId: string | undefined;

  /** The member's profile once loaded; until then the WebID stands in for the name. */
  @property({ attribute: false }) profile: MemberProfile | undefined;

  /** True while the profile loads. */
  @property({ type: Boolean }) loading = false;

  /** True while the shell logs out: the button is disabled. */
  @property({ type: Boolean }) busy = false;

  @state() private failedPhoto: string | undefined;

  override render() {
    if (!this.webId) return nothing;
    return html`<div class="menu">
      ${this.loading ? this.renderLoading() : this.renderMember(this.webId)}
      <button class="logout" type="button" ?disabled=${this.busy} @click=${this.onLogout}>${msg('Log out')}</button>
    </div>`;
  }

  private renderLoading() {
    return html`<span class="member muted" role="status"
      ><span class="spinner" aria-hidden="true"></span> ${msg('Loading your profile…')}</span
    >`;
  }

  private renderMember(webId: string) {
    const name = this.profile?.name ?? webIdLabel(webId);
    const photo = this.profile?.photoUrl !== this.failedPhoto ? this.profile?.photoUrl : undefined;
    return html`<span class="member" title=${msg(str`Logged in as ${webId}`)}>
      ${
        photo
          ? html`<img
              class="avatar"
              src=${photo}
              alt=""
              width="36"
              height="36"
              @error=${() => (this.failedPhoto = photo)}
            />`
          : html`<span class="avatar initials" aria-hidden="true"
              >${initialsOf(this.profile?.name ?? podNameOf(webId))}</span
            >`
      }
      <span class="name" data-testid="member-name">${name}</span>
    </span>`;
  }

  private onLogout(): void {
    this.dispatchEvent(new MutuaLogoutRequestedEvent());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-user-menu': MutuaUserMenu;
  }
}
