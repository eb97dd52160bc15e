/** Fired by `pb-document-form` after a document (or a new version of one) was saved. */
export class DocumentSavedEvent extends Event {
  static readonly eventName = 'pb-document-saved';
  constructor(readonly url: string) {
    super(DocumentSavedEvent.eventName, { bubbles: true, composed: true });
  }
}
