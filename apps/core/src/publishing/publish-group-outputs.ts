import { groupLayout } from '../groups/group-layout.js';
import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { getGroup } from '../records/types/group.js';
import { atomFeed } from './atom-feed.js';
import { calendarIcs } from './calendar-ics.js';
import { getGroupEventsAll } from './group-events.js';
import { getGroupNewsAll } from './group-news.js';
import { publicPage, type PublicPageLabels } from './public-page.js';
import { publishingLayout } from './publishing-layout.js';
import { putFile } from './put-file.internal.js';
import type { MarkdownRenderer } from './render-markdown.js';

/** What regenerating the public outputs wrote, and the items it had to leave out. */
export interface PublishedOutputs {
  readonly feedUrl: string;
  readonly pageUrl: string;
  readonly calendarUrl: string;
  readonly newsCount: number;
  readonly eventCount: number;
  readonly skipped: readonly LoadFailure[];
}

/** Options for regenerating: the sanitising renderer and, optionally, translated page labels. */
export interface PublishOptions extends LoadOptions {
  readonly render: MarkdownRenderer;
  readonly labels?: PublicPageLabels;
}

/**
 * Rewrites a group's public outputs from its public news and events: the Atom feed, the plain
 * HTML page and the iCalendar feed, all in `news/public/` and so readable without a login.
 * There is no Mutua server: whoever changes public news or events (an admin's app, the seed)
 * calls this. Only items that pass their shape are published; the others are reported.
 */
export async function publishGroupOutputs(root: string, options: PublishOptions): Promise<PublishedOutputs> {
  const layout = publishingLayout(root);
  const [group, news, events] = await Promise.all([
    getGroup(groupLayout(root).group, options),
    getGroupNewsAll(root, { ...options, publicOnly: true }),
    getGroupEventsAll(root, { ...options, publicOnly: true }),
  ]);
  const content = {
    groupName: group.name,
    groupUrl: group.url,
    ...(group.description ? { description: group.description } : {}),
    news: news.items,
    events: events.items.map((e) => e.event),
  };
  const feed = atomFeed(content, { feedUrl: layout.atomFeed, pageUrl: layout.publicPage }, options.render);
  const page = publicPage(content, { feedUrl: layout.atomFeed, calendarUrl: layout.calendar }, options.render, options.labels);
  const calendar = calendarIcs(content, layout.calendar);
  await Promise.all([
    putFile('Publishing the news feed to', layout.atomFeed, feed, 'application/atom+xml', options),
    putFile('Publishing the public page to', layout.publicPage, page, 'text/html', options),
    putFile('Publishing the calendar to', layout.calendar, calendar, 'text/calendar', options),
  ]);
  return {
    feedUrl: layout.atomFeed,
    pageUrl: layout.publicPage,
    calendarUrl: layout.calendar,
    newsCount: content.news.length,
    eventCount: content.events.length,
    skipped: [...news.errors, ...events.errors],
  };
}
