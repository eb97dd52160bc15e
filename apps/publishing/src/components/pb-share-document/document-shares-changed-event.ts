/** Fired when the member shared a document with the group or stopped sharing one. */
export class DocumentSharesChangedEvent extends Event {
  constructor() {
    super('pb-document-shares-changed', { bubbles: true, composed: true });
  }
}
