import type { CalendarEvent } from '../records/types/calendar-event.js';
import type { NewsItem } from '../records/types/news-item.js';

/** What the public outputs (feed, page, calendar) are built from. */
export interface PublicGroupContent {
  /** The group's name, as on its card. */
  readonly groupName: string;
  /** The group's IRI (`…/profile/card#group`). */
  readonly groupUrl: string;
  readonly description?: string;
  /** Public news, any order: the outputs sort newest first. */
  readonly news: readonly NewsItem[];
  /** Public events, any order: the outputs sort by start. */
  readonly events: readonly CalendarEvent[];
}

/** News items newest first; ties broken by URL so the output is stable. */
export function newestFirst(items: readonly NewsItem[]): NewsItem[] {
  return [...items].sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || (a.url < b.url ? -1 : 1));
}

/** Events by start time, earliest first. */
export function byStart(events: readonly CalendarEvent[]): CalendarEvent[] {
  return [...events].sort((a, b) => Date.parse(a.startDate) - Date.parse(b.startDate) || (a.url < b.url ? -1 : 1));
}
