/** Fired by the app shell after a member's session started (login or restore). */
export class MutuaLoggedInEvent extends Event {
  static readonly eventName = 'mutua-logged-in' as const;

  constructor(readonly webId: string) {
    super(MutuaLoggedInEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired by the app shell after the member logged out. */
export class MutuaLoggedOutEvent extends Event {
  static readonly eventName = 'mutua-logged-out' as const;

  constructor() {
    super(MutuaLoggedOutEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [MutuaLoggedInEvent.eventName]: MutuaLoggedInEvent;
    [MutuaLoggedOutEvent.eventName]: MutuaLoggedOutEvent;
  }
}
