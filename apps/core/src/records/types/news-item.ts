import { dateTime, text } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { MUTUA, SCHEMA } from '../../vocab/terms.generated.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** A news item a group publishes; the body is Markdown. */
export const newsItemType = defineRecordType({
  name: 'news',
  classIri: SCHEMA.NewsArticle,
  fields: {
    headline: one(SCHEMA.headline, text),
    body: one(SCHEMA.articleBody, text),
    image: optional(SCHEMA.image, iri),
    visibility: one(MUTUA.visibility, oneOf({ public: MUTUA.Public, membersOnly: MUTUA.MembersOnly })),
    published: one(SCHEMA.datePublished, dateTime),
    author: one(SCHEMA.author, iri),
  },
});

export type NewsItem = RecordOf<typeof newsItemType>;
export type NewsItemInit = RecordInit<typeof newsItemType>;

/** A new news item in `containerUrl`, not saved yet (pure). */
export function createNewsItem(containerUrl: string, init: NewsItemInit): NewsItem {
  return createRecord(newsItemType, containerUrl, init);
}

/** Reads the news item at `url`, validated against its shape; throws a typed error otherwise. */
export function getNewsItem(url: string, options?: PodRequestOptions): Promise<NewsItem> {
  return getRecord(newsItemType, url, options);
}

/** Validates the news item, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveNewsItem(newsItem: NewsItem, options?: PodRequestOptions): Promise<NewsItem> {
  return saveRecord(newsItemType, newsItem, options);
}

/** Deletes the news item's document if unchanged since read. */
export function deleteNewsItem(newsItem: NewsItem, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(newsItemType, newsItem, options);
}
