/** A point in a dated history: every record dated before `time`, or at it with a number up to `sequence`. */
export interface Cutoff {
  readonly time: number;
  readonly sequence: number;
}

/**
 * Signed times have whole seconds, so a transfer dated in a second in which a setting changed
 * may have come before or after the change. The points worth judging it at: just before its
 * second, and just after each change within it (records given in their history order). Replay
 * then judges by the most lenient of what held at those points: the member gets the benefit of
 * the doubt, and every reader resolves it the same way.
 */
export function cutoffsWithin(second: number, records: Iterable<{ readonly time: number; readonly sequence: number }>): Cutoff[] {
  const cutoffs: Cutoff[] = [{ time: second - 1, sequence: Number.POSITIVE_INFINITY }];
  for (const { time, sequence } of records) if (time >= second && time < second + 1000) cutoffs.push({ time, sequence });
  return cutoffs;
}

/** Whether a record dated `time` with number `sequence` had taken effect at `cutoff`. */
export function inForceAt(time: number, sequence: number, cutoff: Cutoff): boolean {
  return time < cutoff.time || (time === cutoff.time && sequence <= cutoff.sequence);
}

/** The start of the whole second holding `time` (ms since the epoch). */
export function secondOf(time: number): number {
  return Math.floor(time / 1000) * 1000;
}
