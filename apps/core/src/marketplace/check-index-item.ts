import type { Quad } from 'n3';
import { recordFromQuads } from '../records/record-quads.js';
import { marketplaceEntryType, type MarketplaceEntry } from '../records/types/marketplace-entry.js';
import { verifyRecord, type KeyResolver } from '../signing/verify-record.js';
import { validateRecord } from '../validation/create-validator.js';
import type { IndexItem } from './index-document.internal.js';
import type { MarketplaceDiagnostics } from './marketplace-diagnostics.js';
import { AS_ACTOR, AS_OBJECT, AS_PUBLISHED, AS_TARGET } from './marketplace-terms.internal.js';
import type { Withdrawal } from './withdrawal.js';

/** What a reader needs to judge items of one group's index. */
export interface ItemCheckContext {
  readonly group: string;
  readonly resolveKey: KeyResolver;
  /** Whether a WebID is an active member of the group (asked once per author). */
  readonly isMember: (webId: string) => Promise<boolean>;
}

/** An item that passed every check, with the time its author signed it. */
export type CheckedItem =
  | { readonly ok: true; readonly kind: 'entry'; readonly entry: MarketplaceEntry; readonly signedAt: number }
  | { readonly ok: true; readonly kind: 'withdrawal'; readonly withdrawal: Withdrawal; readonly signedAt: number }
  | { readonly ok: false; readonly reason: keyof MarketplaceDiagnostics; readonly subject: string; readonly detail?: string };

function one(quads: readonly Quad[], subject: string, predicate: string): string | undefined {
  const values = quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate);
  return values.length === 1 && values[0]!.object.termType !== 'BlankNode' ? values[0]!.object.value : undefined;
}

function decodeWithdrawal(item: IndexItem): Withdrawal | undefined {
  const [actor, offer, group, published] = [AS_ACTOR, AS_OBJECT, AS_TARGET, AS_PUBLISHED].map((p) => one(item.quads, item.subject, p));
  if (!actor || !offer || !group || !published || Number.isNaN(Date.parse(published)) || !/^https?:\/\//.test(offer)) return undefined;
  return { url: item.subject, actor, offer, group, published };
}

/**
 * Checks one index item the way every reader must: shape, signature by a key its author's
 * profile (or the group's roster) lists, author is the signer, the group is this group, and
 * the author is a member. Never throws for bad data: it says why the item is hidden.
 */
export async function checkIndexItem(item: IndexItem, context: ItemCheckContext): Promise<CheckedItem> {
  const reject = (reason: keyof MarketplaceDiagnostics, detail?: string): CheckedItem => ({ ok: false, reason, subject: item.subject, ...(detail ? { detail } : {}) });
  let author: string;
  let group: string;
  let entry: MarketplaceEntry | undefined;
  let withdrawal: Withdrawal | undefined;
  if (item.kind === 'entry') {
    if (!validateRecord(item.quads, 'marketplace-entry').conforms) return reject('invalid');
    try {
      entry = recordFromQuads(marketplaceEntryType, item.quads, item.subject);
    } catch (error) {
      return reject('invalid', (error as Error).message);
    }
    [author, group] = [entry.creator, entry.group];
  } else {
    withdrawal = decodeWithdrawal(item);
    if (!withdrawal) return reject('invalid');
    [author, group] = [withdrawal.actor, withdrawal.group];
  }
  if (group !== context.group) return reject('wrongGroup');
  const verification = await verifyRecord(item.quads, { resolveKey: context.resolveKey, subject: item.subject });
  if (!verification.verified) return reject('badSignature', verification.reason);
  if (verification.proofs.some((p) => p.controller !== author)) return reject('wrongAuthor');
  if (!(await context.isMember(author))) return reject('notMember');
  const signedAt = Math.max(...verification.proofs.map((p) => Date.parse(p.created ?? '') || 0));
  return entry ? { ok: true, kind: 'entry', entry, signedAt } : { ok: true, kind: 'withdrawal', withdrawal: withdrawal!, signedAt };
}
