import type { MembershipInterval } from './ledger-rules.js';

/** Membership intervals by member, as millisecond ranges, for fast "member at time t" checks. */
export class MembershipIndex {
  private readonly ranges = new Map<string, [number, number][]>();

  constructor(members: readonly MembershipInterval[]) {
    for (const { member, from, until } of members) {
      const list = this.ranges.get(member) ?? [];
      list.push([Date.parse(from), until === undefined ? Infinity : Date.parse(until)]);
      this.ranges.set(member, list);
    }
  }

  /** True when the WebID was a member at the instant (from ≤ t < until). */
  isMemberAt(member: string, time: string): boolean {
    const t = Date.parse(time);
    return (this.ranges.get(member) ?? []).some(([from, until]) => from <= t && t < until);
  }
}
