import type { AppLocale } from '../i18n/pick-initial-locale.js';

/** Fired by `mutua-login` after the member chose the identity provider to log in with. */
export class MutuaIssuerChosenEvent extends Event {
  static readonly eventName = 'mutua-issuer-chosen' as const;

  constructor(readonly issuer: URL) {
    super(MutuaIssuerChosenEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired by `mutua-user-menu` after the member pressed "Log out". */
export class MutuaLogoutRequestedEvent extends Event {
  static readonly eventName = 'mutua-logout-requested' as const;

  constructor() {
    super(MutuaLogoutRequestedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired by `mutua-language-picker` after the app switched to another language. */
export class MutuaLocaleChangedEvent extends Event {
  static readonly eventName = 'mutua-locale-changed' as const;

  constructor(readonly locale: AppLocale) {
    super(MutuaLocaleChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [MutuaIssuerChosenEvent.eventName]: MutuaIssuerChosenEvent;
    [MutuaLogoutRequestedEvent.eventName]: MutuaLogoutRequestedEvent;
    [MutuaLocaleChangedEvent.eventName]: MutuaLocaleChangedEvent;
  }
}
