import type { NewsPostingRule } from '@mutua/core';

/** Fired by `pb-news-settings` after the group's news posting rule was saved and enforced. */
export class NewsRuleChangedEvent extends Event {
  static readonly eventName = 'pb-news-rule-changed';
  constructor(readonly rule: NewsPostingRule) {
    super(NewsRuleChangedEvent.eventName, { bubbles: true, composed: true });
  }
}
