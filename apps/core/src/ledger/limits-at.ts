import { cutoffsWithin, inForceAt, secondOf, type Cutoff } from './held-during.internal.js';
import type { BalanceLimits, CreditLimits } from './ledger-rules.js';

/**
 * One record of the group's credit limit history (`limit-settings/`, decision 0081): the
 * currency's defaults when `member` is absent (both values set), else that member's overrides
 * (an absent value means the default applies).
 */
export interface DatedLimits {
  /** The record's number in `limit-settings/`. */
  readonly sequence: number;
  /** xsd:dateTime with a time zone; the limits hold from here until the next record for the same member or defaults. */
  readonly from: string;
  readonly member?: string;
  readonly limits: Partial<BalanceLimits>;
  /** What the record replaced: what held before the first record for the same member or defaults. */
  readonly previous: Partial<BalanceLimits>;
}

const DEFAULTS = '';
const indexes = new WeakMap<readonly DatedLimits[], Map<string, DatedLimits[]>>();

// Replay asks once per party and transfer: group the records by member once per history.
function byMember(history: readonly DatedLimits[]): Map<string, DatedLimits[]> {
  let index = indexes.get(history);
  if (!index) {
    index = new Map();
    for (const record of history) {
      const key = record.member ?? DEFAULTS;
      index.set(key, [...(index.get(key) ?? []), record]);
    }
    indexes.set(history, index);
  }
  return index;
}

// Undefined only when there is no record at all: the caller then keeps the current value.
function settingAt(records: readonly DatedLimits[] | undefined, cutoff: Cutoff): Partial<BalanceLimits> | undefined {
  if (!records || records.length === 0) return undefined;
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i] as DatedLimits;
    if (inForceAt(Date.parse(record.from), record.sequence, cutoff)) return record.limits;
  }
  return (records[0] as DatedLimits).previous;
}

/**
 * The limits that applied to `member` at `time` (xsd:dateTime): the defaults and that member's
 * overrides each from the last record dated at or before the time, or, before the first record,
 * the values that record replaced. When limits changed within the same whole second (signed times
 * have no finer grain), the most lenient of those that held during it: the lowest minimum and
 * highest maximum. Without records for the defaults (or for the member) the current values in
 * `current` apply, so ledgers from before the history replay as they did. `history` is in record
 * order with non-decreasing times, as getLimitSettingsHistory returns it.
 */
export function limitsAt(
  current: CreditLimits,
  history: readonly DatedLimits[] | undefined,
  member: string,
  time: string,
): BalanceLimits {
  if (!history || history.length === 0) return limitsOf(current.defaults, current.overrides?.[member]);
  const index = byMember(history);
  const at = Date.parse(time);
  const relevant = [...(index.get(DEFAULTS) ?? []), ...(index.get(member) ?? [])]
    .sort((a, b) => a.sequence - b.sequence)
    .map((r) => ({ time: Date.parse(r.from), sequence: r.sequence }));
  // An unreadable time cannot be placed: judge it by the latest limits, as the apps do.
  const latest = { time: Number.POSITIVE_INFINITY, sequence: Number.POSITIVE_INFINITY };
  const cutoffs = Number.isNaN(at) ? [latest] : cutoffsWithin(secondOf(at), relevant);
  const held = cutoffs.map((cutoff) => limitsAtCutoff(current, index, member, cutoff));
  return { minimum: Math.min(...held.map((l) => l.minimum)), maximum: Math.max(...held.map((l) => l.maximum)) };
}

/** The limits from the newest records (the current card values without records): what an app applies to a transfer it decides now. */
export function latestLimits(current: CreditLimits, history: readonly DatedLimits[] | undefined, member: string): BalanceLimits {
  if (!history || history.length === 0) return limitsOf(current.defaults, current.overrides?.[member]);
  return limitsAtCutoff(current, byMember(history), member, { time: Number.POSITIVE_INFINITY, sequence: Number.POSITIVE_INFINITY });
}

function limitsAtCutoff(current: CreditLimits, index: Map<string, DatedLimits[]>, member: string, cutoff: Cutoff): BalanceLimits {
  const defaults = settingAt(index.get(DEFAULTS), cutoff) ?? current.defaults;
  const own = settingAt(index.get(member), cutoff) ?? current.overrides?.[member];
  return limitsOf(
    { minimum: defaults.minimum ?? current.defaults.minimum, maximum: defaults.maximum ?? current.defaults.maximum },
    own,
  );
}

function limitsOf(defaults: BalanceLimits, own: Partial<BalanceLimits> | undefined): BalanceLimits {
  return { minimum: own?.minimum ?? defaults.minimum, maximum: own?.maximum ?? defaults.maximum };
}
