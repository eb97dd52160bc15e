import { entryAnchor } from './atom-feed.js';
import { escapeHtml } from './escape-html.js';
import { byStart, newestFirst, type PublicGroupContent } from './public-item-sources.js';
import type { MarkdownRenderer } from './render-markdown.js';

/** Where the page's sibling outputs live, for its links. */
export interface PublicPageLinks {
  readonly feedUrl: string;
  readonly calendarUrl: string;
}

/** Page labels; the seed and the app pass translated ones, English by default. */
export interface PublicPageLabels {
  readonly lang: string;
  readonly news: string;
  readonly events: string;
  readonly noNews: string;
  readonly noEvents: string;
  readonly feed: string;
  readonly calendar: string;
}

export const ENGLISH_PAGE_LABELS: PublicPageLabels = {
  lang: 'en',
  news: 'News',
  events: 'Events',
  noNews: 'No news yet.',
  noEvents: 'No upcoming events.',
  feed: 'News feed (Atom)',
  calendar: 'Calendar (iCalendar)',
};

// No script and no remote style: a strict CSP in a meta tag keeps even a sanitiser miss inert.
const CSP = "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'";
const STYLE = 'body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}article{border-top:1px solid #ccc;padding:1rem 0}img{max-width:100%}time{color:#555}';

/**
 * A plain, script-free HTML page of a group's public news and events, for visitors without a
 * login and for a group's existing website to link to. Text is escaped; Markdown bodies go
 * through the sanitising renderer.
 */
export function publicPage(content: PublicGroupContent, links: PublicPageLinks, render: MarkdownRenderer, labels: PublicPageLabels = ENGLISH_PAGE_LABELS): string {
  const x = escapeHtml;
  const news = newestFirst(content.news).map(
    (item) =>
      `<article id="${entryAnchor(item.url)}"><h3>${x(item.headline)}</h3><time datetime="${x(item.published)}">${x(item.published.slice(0, 10))}</time>` +
      (item.image ? `<p><img src="${x(item.image)}" alt=""></p>` : '') +
      `<div class="body">${render(item.body)}</div></article>`,
  );
  const events = byStart(content.events).map(
    (event) =>
      `<li id="${entryAnchor(event.url)}"><strong>${x(event.name)}</strong> — <time datetime="${x(event.startDate)}">${x(event.startDate.replace('T', ' ').slice(0, 16))}</time>` +
      (event.location ? `, ${x(event.location.name)}` : '') +
      (event.description ? `<div class="body">${render(event.description)}</div>` : '') +
      '</li>',
  );
  return [
    '<!doctype html>',
    `<html lang="${x(labels.lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${x(content.groupName)}</title>`,
    `<link rel="alternate" type="application/atom+xml" title="${x(labels.feed)}" href="${x(links.feedUrl)}">`,
    `<style>${STYLE}</style></head><body>`,
    `<header><h1>${x(content.groupName)}</h1>${content.description ? `<p>${x(content.description)}</p>` : ''}`,
    `<p><a href="${x(links.feedUrl)}">${x(labels.feed)}</a> · <a href="${x(links.calendarUrl)}">${x(labels.calendar)}</a></p></header>`,
    `<section id="events"><h2>${x(labels.events)}</h2>${events.length ? `<ul>${events.join('')}</ul>` : `<p>${x(labels.noEvents)}</p>`}</section>`,
    `<section id="news"><h2>${x(labels.news)}</h2>${news.length ? news.join('\n') : `<p>${x(labels.noNews)}</p>`}</section>`,
    '</body></html>',
    '',
  ].join('\n');
}
