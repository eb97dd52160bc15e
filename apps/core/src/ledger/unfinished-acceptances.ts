import { NotFoundError } from '../errors/not-found-error.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { verifyRecord, type KeyResolver } from '../signing/verify-record.js';
import { DCTERMS, MUTUA } from '../vocab/terms.generated.js';
import { groupLedgerLayout } from './group-ledger-layout.js';
import type { GroupLedger } from './group-ledger.js';
import { mapConcurrently } from './map-concurrently.internal.js';
import type { PaymentRequest } from './payment-requests.js';
import { readRequestAt } from './read-request.internal.js';
import { readQuads } from './request-documents.internal.js';

const LDP_CONTAINS = 'http://www.w3.org/ns/ldp#contains';

/** How far back decisions are looked at: older stranded acceptances are left to an admin. */
export const UNFINISHED_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;

/** Options for finding unfinished acceptances. */
export interface UnfinishedAcceptanceOptions extends PodRequestOptions {
  readonly resolveKey: KeyResolver;
  readonly now?: Date;
  /** Outcome URL → the member's acceptance time, or null: outcome documents never change, so a caller may keep this between reads. */
  readonly seen?: Map<string, string | null>;
}

/**
 * Requests `member` accepted whose transfer never reached the group ledger: the decision was
 * recorded (which is what stops a cancel from crossing it) but the append after it failed — a
 * lost connection, a closed tab, a limit moved by a concurrent payment. Each comes back with
 * `acceptedAt`, and `acceptPaymentRequest` finishes it. Only decisions of the last 90 days that
 * `member` signed count, so nobody can plant an "accepted" for someone else to pay.
 */
export async function getUnfinishedAcceptances(ledger: GroupLedger, member: string, options: UnfinishedAcceptanceOptions): Promise<PaymentRequest[]> {
  const layout = groupLedgerLayout(ledger.group);
  const since = (options.now ?? new Date()).getTime() - UNFINISHED_WINDOW_MS;
  const inLedger = new Set(ledger.entries.map((e) => e.transfer.replace(/#.*$/, '').replace(/^.*\//, '')));
  const candidates = (await recentOutcomes(layout.outcomes, since, options)).filter((url) => !inLedger.has(url.slice(layout.outcomes.length)));
  const found = await mapConcurrently(candidates, 8, async (outcomeUrl): Promise<PaymentRequest | undefined> => {
    let acceptedAt = options.seen?.get(outcomeUrl);
    if (acceptedAt === undefined) {
      acceptedAt = (await ownAcceptance(outcomeUrl, member, options)) ?? null;
      options.seen?.set(outcomeUrl, acceptedAt);
    }
    if (acceptedAt === null) return undefined;
    const request = await readRequestAt(`${layout.requests}${outcomeUrl.slice(layout.outcomes.length)}`, ledger.group, member, options.resolveKey, options);
    return request && request.outcomeUrl === outcomeUrl ? { ...request, acceptedAt } : undefined;
  });
  return found.filter((r): r is PaymentRequest => r !== undefined).sort((a, b) => a.transfer.time.localeCompare(b.transfer.time));
}

// The outcomes container's listing carries each document's modification time, so old decisions
// (almost all of them, in a group that trades) are skipped without a request each.
async function recentOutcomes(container: string, since: number, options: PodRequestOptions): Promise<string[]> {
  try {
    const listing = await getRdfResource(container, options);
    const modified = new Map(listing.quads.filter((q) => q.predicate.value === DCTERMS.modified).map((q) => [q.subject.value, Date.parse(q.object.value)]));
    return listing.quads
      .filter((q) => q.subject.value === listing.url && q.predicate.value === LDP_CONTAINS)
      .map((q) => q.object.value)
      .filter((url) => !((modified.get(url) ?? Number.POSITIVE_INFINITY) < since));
  } catch (error) {
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}

/** When `member` accepted, if the outcome at `url` is a completed decision signed by them. */
async function ownAcceptance(url: string, member: string, options: UnfinishedAcceptanceOptions): Promise<string | undefined> {
  const quads = await readQuads('Reading the decision on a payment request', url, options);
  if (!quads) return undefined;
  const it = `${url}#it`;
  const value = (p: string) => quads.find((q) => q.subject.value === it && q.predicate.value === p)?.object.value;
  if (value(MUTUA.status) !== MUTUA.Completed || value(DCTERMS.creator) !== member) return undefined;
  const check = await verifyRecord(quads, { resolveKey: options.resolveKey, subject: it });
  return check.verified && check.proofs.some((p) => p.controller === member) ? value(DCTERMS.created) : undefined;
}
