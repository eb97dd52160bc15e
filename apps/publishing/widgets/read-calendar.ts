/** One event of a group's public iCalendar feed, as the widgets show it. */
export interface CalendarEntry {
  readonly uid: string;
  readonly summary: string;
  /** ISO 8601. */
  readonly start: string;
  readonly end: string | null;
  readonly location: string | null;
}

/** An RFC 5545 TEXT value with its escapes undone. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** A DATE-TIME (`20260418T120000Z`, or floating/TZID local time taken as UTC) or DATE, as ISO 8601. */
function isoOf(value: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?/.exec(value);
  if (!m) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}Z`;
}

/**
 * The events of an iCalendar text, in file order. Only what the widget shows (UID, SUMMARY,
 * DTSTART, DTEND, LOCATION) is read: lines are unfolded, parameters skipped, TEXT unescaped.
 * Written for the feeds `calendarIcs` generates (UTC times), not for any calendar.
 */
export function parseCalendar(text: string): CalendarEntry[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const events: CalendarEntry[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      const start = isoOf(current.DTSTART ?? '');
      if (start) events.push({ uid: current.UID ?? '', summary: unescapeText(current.SUMMARY ?? ''), start, end: isoOf(current.DTEND ?? ''), location: current.LOCATION ? unescapeText(current.LOCATION) : null });
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      if (colon > 0) current[line.slice(0, colon).split(';')[0]!.toUpperCase()] = line.slice(colon + 1);
    }
  }
  return events;
}

/** The events of a group's public calendar (`news/public/calendar.ics`): one anonymous GET. */
export async function readCalendar(url: string): Promise<CalendarEntry[]> {
  const response = await globalThis.fetch(url, { headers: { accept: 'text/calendar' } });
  if (!response.ok) throw new Error(`Reading ${url} failed: HTTP ${response.status}`);
  return parseCalendar(await response.text());
}
