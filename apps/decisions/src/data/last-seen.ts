// Remembered per browser only: "new since your last visit" is a convenience, not a record.
const PREFIX = 'mutua-decisions-seen:';

/** When this browser last showed the group's proposals, and remembers `now` as the new mark. */
export function swapLastSeen(groupUrl: string, now: Date): string | undefined {
  try {
    const key = `${PREFIX}${groupUrl}`;
    const previous = globalThis.localStorage?.getItem(key) ?? undefined;
    globalThis.localStorage?.setItem(key, now.toISOString());
    return previous;
  } catch {
    return undefined; // storage disabled: every visit counts as a first one
  }
}
