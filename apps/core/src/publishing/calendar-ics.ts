import { ICalCalendar } from 'ical-generator';
import { byStart, type PublicGroupContent } from './public-item-sources.js';

// An event without an end is shown as lasting an hour; calendar apps need an end or a duration.
const DEFAULT_DURATION_MS = 60 * 60 * 1000;

/**
 * An iCalendar (RFC 5545) feed of a group's public events, for calendar apps to subscribe to.
 * Each event's UID is its IRI, so edits update the same entry in subscribers' calendars.
 */
export function calendarIcs(content: Pick<PublicGroupContent, 'groupName' | 'events'>, calendarUrl: string): string {
  const calendar = new ICalCalendar({ name: content.groupName, prodId: { company: 'Mutua', product: 'publishing', language: 'EN' }, url: calendarUrl });
  for (const event of byStart(content.events)) {
    const start = new Date(event.startDate);
    const end = event.endDate ? new Date(event.endDate) : new Date(start.getTime() + DEFAULT_DURATION_MS);
    calendar.createEvent({
      id: event.url,
      start,
      end,
      // DTSTAMP must not change between regenerations of an unchanged event.
      stamp: start,
      summary: event.name,
      description: event.description ?? null,
      location: event.location ? event.location.name : null,
      url: event.url,
    });
  }
  return calendar.toString();
}
