import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { getMemberDetails, getOnboardingStatus, onboardMember, uploadProfilePhoto, type MemberDetails, type OnboardingStep } from '../../core-api.internal.js';
import { toMemberDetails } from '../../data/to-member-details.js';
import { MutuaOnboardedEvent, type MutuaMemberDetailsSubmittedEvent } from '../../events/directory-events.js';
import { describeFailure } from '../../messages/describe-failure.js';
import '../mutua-member-details-form/mutua-member-details-form.js';
import { styles } from './mutua-onboarding.styles.js';

type Step = 'photo' | OnboardingStep;

const STEPS: readonly Step[] = ['photo', 'containers', 'registrations', 'inbox', 'key', 'profile'];

function stepLabel(step: Step): string {
  switch (step) {
    case 'photo':
      return msg('Uploading your photo');
    case 'containers':
      return msg('Creating Mutua folders in your pod');
    case 'registrations':
      return msg('Registering them so other apps find your data');
    case 'inbox':
      return msg('Making sure you have an inbox');
    case 'key':
      return msg('Creating your signing key');
    case 'profile':
      return msg('Saving your profile');
  }
}

/**
 * First-login onboarding: asks for name, photo, bio, skills and place, then sets Mutua up in the
 * member's pod (onboardMember), showing each step. Fires `mutua-onboarded` when done.
 */
@localized()
@customElement('mutua-onboarding')
export class MutuaOnboarding extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @state()
  private step: Step | undefined;

  @state()
  private failure = '';

  private readonly current = new Task(this, {
    task: async ([webId, fetch], { signal }): Promise<MemberDetails | undefined> => {
      if (!webId || !fetch) return undefined;
      try {
        return await getMemberDetails(webId, { fetch, signal });
      } catch {
        // A profile Mutua cannot read yet is exactly what onboarding fixes: start empty.
        return undefined;
      }
    },
    args: () => [this.session?.webId, this.session?.fetch] as const,
  });

  override render() {
    return html`<h1>${msg('Welcome to Mutua')}</h1>
      <p>${msg('Tell the members of your groups who you are. Everything is stored in your own pod, and you can change it later.')}</p>
      ${this.current.render({
        pending: () => html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Reading your profile…')}</p>`,
        complete: (details) => html`<mutua-member-details-form
          .initial=${details}
          ?busy=${this.step !== undefined}
          submitLabel=${msg('Set up my pod')}
          @mutua-member-details-submitted=${(event: MutuaMemberDetailsSubmittedEvent) => this.onboard(event, details)}
        ></mutua-member-details-form>`,
      })}
      ${this.renderProgress()}
      ${this.failure ? html`<p role="alert" class="alert">${this.failure}</p>` : nothing}`;
  }

  private renderProgress() {
    if (!this.step) return nothing;
    const index = STEPS.indexOf(this.step);
    return html`<div role="status" aria-live="polite" data-testid="onboarding-progress">
      <p><span class="spinner" aria-hidden="true"></span> ${stepLabel(this.step)}…</p>
      <ol>
        ${STEPS.map((step, i) => html`<li class=${i < index ? '' : 'muted'}>${stepLabel(step)} ${i < index ? '✓' : ''}</li>`)}
      </ol>
    </div>`;
  }

  private async onboard(event: MutuaMemberDetailsSubmittedEvent, current: MemberDetails | undefined): Promise<void> {
    const webId = this.session?.webId;
    if (!webId || !this.session) return;
    const fetch = this.session.fetch;
    this.failure = '';
    try {
      let photoUrl: string | undefined;
      if (event.details.photo) {
        this.step = 'photo';
        const { storage } = await getOnboardingStatus(webId, { fetch });
        photoUrl = await uploadProfilePhoto(storage, event.details.photo, { fetch, ownerWebId: webId });
      }
      await onboardMember(webId, toMemberDetails(event.details, current, photoUrl), { fetch, onStep: (step) => (this.step = step) });
      this.step = undefined;
      this.dispatchEvent(new MutuaOnboardedEvent());
    } catch (error) {
      this.step = undefined;
      this.failure = `${describeFailure(error)} ${msg('Nothing that was already set up is lost: submit again to continue.')}`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-onboarding': MutuaOnboarding;
  }
}
