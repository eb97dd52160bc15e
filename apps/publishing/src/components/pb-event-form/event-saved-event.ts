/** Fired by `pb-event-form` after an event was saved and the public outputs were regenerated. */
export class EventSavedEvent extends Event {
  static readonly eventName = 'pb-event-saved';
  constructor(readonly url: string) {
    super(EventSavedEvent.eventName, { bubbles: true, composed: true });
  }
}
