import ICAL from 'ical.js';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../records/types/calendar-event.js';
import type { NewsItem } from '../records/types/news-item.js';
import { atomFeed } from './atom-feed.js';
import { calendarIcs } from './calendar-ics.js';
import { publicPage } from './public-page.js';
import { createMarkdownRenderer } from './render-markdown.js';

const render = createMarkdownRenderer(new JSDOM('').window as unknown as Parameters<typeof createMarkdownRenderer>[0]);
const root = 'https://pod.example/sel/';
const news: NewsItem[] = [
  { url: `${root}news/public/posts/a#it`, headline: 'Old <news> & "quotes"', body: 'first', visibility: 'public', published: '2026-03-01T10:00:00Z', author: 'https://pod.example/alice/profile/card#me' },
  { url: `${root}news/public/posts/b#it`, headline: 'Marché', body: 'Hi <script>alert(1)</script> **bold**', image: 'https://pod.example/pic.png', visibility: 'public', published: '2026-03-02T10:00:00+01:00', author: 'https://pod.example/alice/profile/card#me' },
];
const events: CalendarEvent[] = [
  { url: `${root}news/public/events/e1#it`, name: 'Repair café; bring tools, please', startDate: '2026-04-18T14:00:00+02:00', endDate: '2026-04-18T17:00:00+02:00', location: { name: 'Salle des fêtes' }, description: 'Line one\nline two', organizer: `${root}profile/card#group` },
  { url: `${root}news/public/events/e0#it`, name: 'Assemblée', startDate: '2026-04-01T18:00:00Z', organizer: `${root}profile/card#group` },
];
const content = { groupName: 'SEL <Test> & Co', groupUrl: `${root}profile/card#group`, news, events };
const location = { feedUrl: `${root}news/public/feed.atom`, pageUrl: `${root}news/public/index.html` };

describe('atomFeed', () => {
  const xml = atomFeed(content, location, render);
  // jsdom's XML mode is a conforming XML parser: it throws on anything not well-formed.
  const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  const ATOM = 'http://www.w3.org/2005/Atom';
  const children = (parent: Element, name: string): Element[] => [...parent.children].filter((n) => n.localName === name && n.namespaceURI === ATOM);

  it('is well-formed XML whose root is an Atom feed', () => {
    expect(doc.documentElement.localName).toBe('feed');
    expect(doc.documentElement.namespaceURI).toBe(ATOM);
  });

  it('has exactly one id, title and updated, and a self link', () => {
    const feed = doc.documentElement;
    for (const name of ['id', 'title', 'updated']) expect(children(feed, name)).toHaveLength(1);
    expect(children(feed, 'title')[0]!.textContent).toBe('SEL <Test> & Co');
    expect(children(feed, 'updated')[0]!.textContent).toBe('2026-03-02T09:00:00.000Z');
    expect(children(feed, 'link').some((l) => l.getAttribute('rel') === 'self' && l.getAttribute('href') === location.feedUrl)).toBe(true);
  });

  it('gives every entry one id, title, updated and an alternate link, newest first', () => {
    const entries = children(doc.documentElement, 'entry');
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) expect(children(entry, name)).toHaveLength(1);
      expect(Number.isNaN(Date.parse(children(entry, 'updated')[0]!.textContent!))).toBe(false);
      expect(children(entry, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate' && l.getAttribute('href')?.startsWith(location.pageUrl))).toBe(true);
    }
    expect(entries.map((e) => children(e, 'id')[0]!.textContent)).toEqual([news[1]!.url, news[0]!.url]);
    expect(children(entries[1]!, 'title')[0]!.textContent).toBe('Old <news> & "quotes"');
  });

  it('carries the sanitised HTML body as escaped text content', () => {
    const html = children(children(doc.documentElement, 'entry')[0]!, 'content')[0]!;
    expect(html.getAttribute('type')).toBe('html');
    expect(html.textContent).toContain('<strong>bold</strong>');
    expect(html.textContent).not.toContain('<script');
    expect(xml).not.toContain('<strong>');
  });
});

describe('calendarIcs', () => {
  const ics = calendarIcs(content, `${root}news/public/calendar.ics`);

  it('parses with ical.js into one VEVENT per public event, ordered by start', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents.map((e) => e.summary)).toEqual(['Assemblée', 'Repair café; bring tools, please']);
    expect(vevents.map((e) => e.uid)).toEqual([events[1]!.url, events[0]!.url]);
    expect(vevents[1]!.location).toBe('Salle des fêtes');
    expect(vevents[1]!.description).toBe('Line one\nline two');
    expect(vevents[1]!.startDate.toJSDate().toISOString()).toBe('2026-04-18T12:00:00.000Z');
    expect(vevents[1]!.endDate.toJSDate().toISOString()).toBe('2026-04-18T15:00:00.000Z');
    // No end given: one hour.
    expect(vevents[0]!.endDate.toJSDate().toISOString()).toBe('2026-04-01T19:00:00.000Z');
  });

  it('is the same text when regenerated from the same events', () => {
    expect(calendarIcs(content, `${root}news/public/calendar.ics`)).toBe(ics);
  });
});

describe('publicPage', () => {
  const html = publicPage(content, { feedUrl: location.feedUrl, calendarUrl: `${root}news/public/calendar.ics` }, render);
  const doc = new JSDOM(html).window.document;

  it('shows escaped titles, every public item and links to the feed and calendar', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('SEL <Test> & Co');
    expect([...doc.querySelectorAll('#news h3')].map((h) => h.textContent)).toEqual(['Marché', 'Old <news> & "quotes"']);
    expect(doc.querySelectorAll('#events li')).toHaveLength(2);
    expect(doc.querySelector(`a[href="${location.feedUrl}"]`)).not.toBeNull();
  });

  it('contains no script at all and forbids scripts by policy', () => {
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });
});
