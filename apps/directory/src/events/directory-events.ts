import type { PlacePoint } from '@mutua/elements';

/** Fired (bubbling, composed) after a page changed memberships or groups, so the app reloads the network. */
export class MutuaDirectoryChangedEvent extends Event {
  static readonly eventName = 'mutua-directory-changed';
  constructor() {
    super(MutuaDirectoryChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired (bubbling, composed) after onboarding set Mutua up in the member's pod. */
export class MutuaOnboardedEvent extends Event {
  static readonly eventName = 'mutua-onboarded';
  constructor() {
    super(MutuaOnboardedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** What the member details form hands over: the text fields and, when one was chosen, the resized photo. */
export interface SubmittedMemberDetails {
  readonly name: string;
  readonly note: string;
  readonly skills: readonly string[];
  readonly place: string;
  /** The place's coordinates as the member left them (rounded), none when removed or never set. */
  readonly point?: PlacePoint;
  readonly photo?: Blob;
}

/** Fired by the member details form when the member submits it. */
export class MutuaMemberDetailsSubmittedEvent extends Event {
  static readonly eventName = 'mutua-member-details-submitted';
  constructor(readonly details: SubmittedMemberDetails) {
    super(MutuaMemberDetailsSubmittedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mutua-directory-changed': MutuaDirectoryChangedEvent;
    'mutua-onboarded': MutuaOnboardedEvent;
    'mutua-member-details-submitted': MutuaMemberDetailsSubmittedEvent;
  }
}
