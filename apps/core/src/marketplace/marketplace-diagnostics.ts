/** Why index items were not shown: the counts a discreet diagnostics panel displays. */
export interface MarketplaceDiagnostics {
  /** Failed the SHACL shape or could not be decoded (e.g. a `javascript:` link). */
  invalid: number;
  /** No proof, a signature that does not verify, or a key its profile does not list. */
  badSignature: number;
  /** Signed by someone else's key than the author named in the entry. */
  wrongAuthor: number;
  /** The author is not an active member of the group. */
  notMember: number;
  /** Listed for another group than the one whose index holds it. */
  wrongGroup: number;
  expired: number;
  withdrawn: number;
  /** Older versions of an entry replaced by a newer one from the same author. */
  superseded: number;
}

/** All counts at zero. */
export function emptyDiagnostics(): MarketplaceDiagnostics {
  return { invalid: 0, badSignature: 0, wrongAuthor: 0, notMember: 0, wrongGroup: 0, expired: 0, withdrawn: 0, superseded: 0 };
}

/** The counts of `b` added to `a` (pure). */
export function addDiagnostics(a: MarketplaceDiagnostics, b: MarketplaceDiagnostics): MarketplaceDiagnostics {
  const sum = emptyDiagnostics();
  for (const key of Object.keys(sum) as (keyof MarketplaceDiagnostics)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** Items hidden because they are forged or broken (not merely old, withdrawn or expired). */
export function rejectedCount(d: MarketplaceDiagnostics): number {
  return d.invalid + d.badSignature + d.wrongAuthor + d.notMember + d.wrongGroup;
}
