/** Fired by ex-query-editor when the member pressed Run. */
export class ExQueryRunRequestedEvent extends Event {
  static readonly eventName = 'ex-query-run-requested' as const;

  constructor(
    readonly sparql: string,
    /** The ready-made query the text came from (possibly edited since), for the CSV file name. */
    readonly name: string,
  ) {
    super(ExQueryRunRequestedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired by ex-query-editor when the member pressed Cancel during a run. */
export class ExQueryCancelRequestedEvent extends Event {
  static readonly eventName = 'ex-query-cancel-requested' as const;

  constructor() {
    super(ExQueryCancelRequestedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [ExQueryRunRequestedEvent.eventName]: ExQueryRunRequestedEvent;
    [ExQueryCancelRequestedEvent.eventName]: ExQueryCancelRequestedEvent;
  }
}
