import { dateTime, text } from '../literal-codecs.js';
import { iri } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { SCHEMA } from '../../vocab/terms.generated.js';
import { placeNode } from './place-node.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** An event (market, repair café, meeting) with its place at `<#place>`. */
export const calendarEventType = defineRecordType({
  name: 'event',
  classIri: SCHEMA.Event,
  fields: {
    name: one(SCHEMA.name, text),
    startDate: one(SCHEMA.startDate, dateTime),
    endDate: optional(SCHEMA.endDate, dateTime),
    location: optional(SCHEMA.location, placeNode),
    description: optional(SCHEMA.description, text),
    organizer: one(SCHEMA.organizer, iri),
  },
});

/** Named `Calendar…` so it does not shadow the DOM's `Event`. */
export type CalendarEvent = RecordOf<typeof calendarEventType>;
export type CalendarEventInit = RecordInit<typeof calendarEventType>;

/** A new event in `containerUrl`, not saved yet (pure). */
export function createCalendarEvent(containerUrl: string, init: CalendarEventInit): CalendarEvent {
  return createRecord(calendarEventType, containerUrl, init);
}

/** Reads the event at `url`, validated against its shape; throws a typed error otherwise. */
export function getCalendarEvent(url: string, options?: PodRequestOptions): Promise<CalendarEvent> {
  return getRecord(calendarEventType, url, options);
}

/** Validates the event, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveCalendarEvent(calendarEvent: CalendarEvent, options?: PodRequestOptions): Promise<CalendarEvent> {
  return saveRecord(calendarEventType, calendarEvent, options);
}

/** Deletes the event's document if unchanged since read. */
export function deleteCalendarEvent(calendarEvent: CalendarEvent, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(calendarEventType, calendarEvent, options);
}
