import { escapeHtml } from './escape-html.js';
import { newestFirst, type PublicGroupContent } from './public-item-sources.js';
import type { MarkdownRenderer } from './render-markdown.js';

/** Where the feed and the page it describes live. */
export interface AtomFeedLocation {
  readonly feedUrl: string;
  readonly pageUrl: string;
}

/**
 * An Atom 1.0 feed (RFC 4287) of a group's public news: one feed id, title and updated, and per
 * entry an id (the item's IRI, permanent), title, updated, author, alternate link and the body
 * rendered to sanitised HTML, escaped as `type="html"` content. `updated` is the newest entry's
 * time, so regenerating an unchanged feed gives the same bytes.
 */
export function atomFeed(content: PublicGroupContent, location: AtomFeedLocation, render: MarkdownRenderer): string {
  const items = newestFirst(content.news);
  const updated = new Date(items[0] ? items[0].published : 0).toISOString();
  const x = escapeHtml;
  const entries = items.map((item) => {
    const time = new Date(item.published).toISOString();
    const image = item.image ? `<p><img src="${x(item.image)}" alt=""></p>` : '';
    return [
      '  <entry>',
      `    <id>${x(item.url)}</id>`,
      `    <title type="text">${x(item.headline)}</title>`,
      `    <updated>${time}</updated>`,
      `    <published>${time}</published>`,
      `    <author><name>${x(content.groupName)}</name><uri>${x(item.author)}</uri></author>`,
      `    <link rel="alternate" type="text/html" href="${x(`${location.pageUrl}#${entryAnchor(item.url)}`)}"/>`,
      `    <content type="html">${x(image + render(item.body))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(location.feedUrl)}</id>`,
    `  <title type="text">${x(content.groupName)}</title>`,
    ...(content.description ? [`  <subtitle type="text">${x(content.description)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <author><name>${x(content.groupName)}</name><uri>${x(content.groupUrl)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${x(location.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(location.pageUrl)}"/>`,
    '  <generator uri="https://w3id.org/mutua">Mutua</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The fragment id an item gets on the public page: the last path segment of its IRI. */
export function entryAnchor(itemUrl: string): string {
  const path = new URL(itemUrl).pathname;
  return `item-${path.slice(path.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9_-]/g, '')}`;
}
