/** Fired by ex-start-points after the member changed where queries start. */
export class ExStartPointsChangedEvent extends Event {
  static readonly eventName = 'ex-start-points-changed' as const;

  constructor(
    readonly urls: readonly string[],
    readonly followPartners: boolean,
  ) {
    super(ExStartPointsChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [ExStartPointsChangedEvent.eventName]: ExStartPointsChangedEvent;
  }
}
