import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { getMemberDetails, getOnboardingStatus, saveMemberDetails, uploadProfilePhoto, type MemberDetails } from '../../core-api.internal.js';
import { toMemberDetails } from '../../data/to-member-details.js';
import type { MutuaMemberDetailsSubmittedEvent } from '../../events/directory-events.js';
import { describeFailure } from '../../messages/describe-failure.js';
import '../mutua-member-details-form/mutua-member-details-form.js';
import { styles } from './mutua-profile-editor.styles.js';

/** The profile editor at `/directory/me/edit`: the onboarding form, saved with saveMemberDetails (other apps' triples stay). */
@localized()
@customElement('mutua-profile-editor')
export class MutuaProfileEditor extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @state()
  private saving = false;

  @state()
  private outcome: { readonly kind: 'done' | 'failed'; readonly text: string } | undefined;

  private readonly current = new Task(this, {
    task: ([webId, fetch], { signal }): Promise<MemberDetails> => {
      if (!webId || !fetch) throw new Error('Not logged in');
      return getMemberDetails(webId, { fetch, signal });
    },
    args: () => [this.session?.webId, this.session?.fetch] as const,
  });

  override render() {
    return html`<h1>${msg('My profile')}</h1>
      ${this.current.render({
        pending: () => html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Reading your profile…')}</p>`,
        error: (error) => html`<div role="alert" class="alert">
          <p>${describeFailure(error)}</p>
          <button type="button" @click=${() => this.current.run()}>${msg('Try again')}</button>
        </div>`,
        complete: (details) => html`<mutua-member-details-form
          .initial=${details}
          ?busy=${this.saving}
          submitLabel=${this.saving ? msg('Saving…') : msg('Save my profile')}
          @mutua-member-details-submitted=${(event: MutuaMemberDetailsSubmittedEvent) => this.save(event, details)}
        ></mutua-member-details-form>`,
      })}
      ${this.outcome ? html`<p role=${this.outcome.kind === 'done' ? 'status' : 'alert'} class=${this.outcome.kind === 'failed' ? 'alert' : ''}>${this.outcome.text}</p>` : nothing}`;
  }

  private async save(event: MutuaMemberDetailsSubmittedEvent, current: MemberDetails): Promise<void> {
    const webId = this.session?.webId;
    if (!webId || !this.session) return;
    const fetch = this.session.fetch;
    this.saving = true;
    this.outcome = undefined;
    try {
      let photoUrl: string | undefined;
      if (event.details.photo) {
        const { storage } = await getOnboardingStatus(webId, { fetch });
        photoUrl = await uploadProfilePhoto(storage, event.details.photo, { fetch, ownerWebId: webId });
      }
      await saveMemberDetails(webId, toMemberDetails(event.details, current, photoUrl), { fetch });
      this.outcome = { kind: 'done', text: msg('Your profile was saved.') };
    } catch (error) {
      this.outcome = { kind: 'failed', text: describeFailure(error) };
    } finally {
      this.saving = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-profile-editor': MutuaProfileEditor;
  }
}
