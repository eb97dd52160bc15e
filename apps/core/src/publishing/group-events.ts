import type { LoadOptions } from '../loader/load-options.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { createCalendarEvent, deleteCalendarEvent, getCalendarEvent, saveCalendarEvent, type CalendarEvent, type CalendarEventInit } from '../records/types/calendar-event.js';
import { loadContainerRecords, type ContainerRecords } from './load-container-records.internal.js';
import { eventsContainer, publishingLayout } from './publishing-layout.js';

/** An event as a group lists it: the record and who may see it (from where it lives). */
export interface GroupEvent {
  readonly event: CalendarEvent;
  readonly visibility: 'public' | 'membersOnly';
}

/** Adds an event to a group's calendar, public or for members only; validated before it is sent. */
export async function addEventToGroup(root: string, init: CalendarEventInit, visibility: 'public' | 'membersOnly', options: PodRequestOptions = {}): Promise<GroupEvent> {
  const event = await saveCalendarEvent(createCalendarEvent(eventsContainer(publishingLayout(root), visibility), init), options);
  return { event, visibility };
}

/** Changes an event read earlier (If-Match), keeping its place and visibility. */
export function setEventInGroup(event: CalendarEvent, changes: Partial<CalendarEventInit>, options: PodRequestOptions = {}): Promise<CalendarEvent> {
  return saveCalendarEvent({ ...event, ...changes }, options);
}

/** Deletes an event read earlier, if unchanged since. */
export function removeEventFromGroup(event: CalendarEvent, options: PodRequestOptions = {}): Promise<void> {
  return deleteCalendarEvent(event, options);
}

/** The events of a group this reader may see, by start time. */
export async function getGroupEventsAll(root: string, options: LoadOptions & { readonly publicOnly?: boolean } = {}): Promise<ContainerRecords<GroupEvent>> {
  const layout = publishingLayout(root);
  const containers = options.publicOnly ? [layout.publicEvents] : [layout.publicEvents, layout.memberEvents];
  const { items, errors } = await loadContainerRecords(containers, getCalendarEvent, options);
  const events = items
    .map((event) => ({ event, visibility: event.url.startsWith(layout.publicEvents) ? ('public' as const) : ('membersOnly' as const) }))
    .sort((a, b) => Date.parse(a.event.startDate) - Date.parse(b.event.startDate));
  return { items: events, errors };
}
