/** Fired after the member posted, edited or hid a comment, so the page reloads the discussion. */
export class DcDiscussionChangedEvent extends Event {
  static readonly type = 'dc-discussion-changed';

  constructor() {
    super(DcDiscussionChangedEvent.type, { bubbles: true, composed: true });
  }
}
