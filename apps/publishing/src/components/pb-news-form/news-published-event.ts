/** Fired by `pb-news-form` after a post was saved and the public outputs were regenerated. */
export class NewsPublishedEvent extends Event {
  static readonly eventName = 'pb-news-published';
  constructor(readonly url: string) {
    super(NewsPublishedEvent.eventName, { bubbles: true, composed: true });
  }
}
