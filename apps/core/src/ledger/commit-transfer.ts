import type { Quad } from '@rdfjs/types';
import { getInboxOf } from '../membership/inbox-of.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { appendTransfer, type AppendTransferOptions } from './append-transfer.js';
import type { GroupLedger } from './group-ledger.js';
import type { LedgerActor } from './ledger-actor.js';
import type { LogEntry } from './log-entry.js';
import type { LedgerTransfer, TransferTerms } from './transfer.js';
import { ENTRIES_PER_PAGE } from './group-ledger-layout.js';
import { writeLedgerPage } from './write-ledger-pages.js';
import { saveTransferCopy, sendTransferCopy } from './transfer-copies.js';

/** Options for committing: the acting member and, when known, the other party's inbox. */
export interface CommitOptions extends AppendTransferOptions {
  readonly actor: LedgerActor;
  /** The other party's inbox; looked up from their profile (one more request) when absent. */
  readonly counterpartyInbox?: string | null;
  /** Pauses between attempts at a copy; defaults to 200 ms and 1 s (tests shorten them). */
  readonly copyRetryDelaysMs?: readonly number[];
}

/** Where the copies of a committed transfer went, and what could not be done. */
export interface DeliveredCopies {
  /** The actor's history document holding their copy. */
  readonly copyUrl?: string;
  readonly inboxCopyUrl?: string;
  /** Copies that could not be made; the transfer itself is committed. */
  readonly warnings: readonly string[];
}

/** A transfer in the ledger, where it sits, and the copies being made of it. */
export interface CommittedTransfer {
  readonly transfer: LedgerTransfer;
  readonly entry: LogEntry;
  readonly entryUrl: string;
  readonly ledger: GroupLedger;
  /** Settles (never rejects) once both copies are written, retried, or handed over for filing at next login. */
  readonly copies: Promise<DeliveredCopies>;
}

const inboxes = new Map<string, Promise<string | null>>();

/**
 * Appends a signed record and resolves as soon as the group log holds it: the log is the
 * ledger of record, so the copies (the actor's, and one in the other party's inbox) are made
 * after, in parallel, and reported through `copies`. Whoever fills the last position of a
 * ledger page also writes the page.
 */
export async function commitTransfer(
  ledger: GroupLedger,
  terms: TransferTerms,
  record: readonly Quad[],
  options: CommitOptions,
): Promise<CommittedTransfer> {
  const appended = await appendTransfer(ledger, record, options);
  const copies = deliverCopies(appended.ledger, terms, appended.entry, appended.url, options);
  return {
    transfer: { ...terms, status: 'completed' },
    entry: appended.entry,
    entryUrl: appended.url,
    ledger: appended.ledger,
    copies,
  };
}

async function deliverCopies(ledger: GroupLedger, terms: TransferTerms, entry: LogEntry, entryUrl: string, options: CommitOptions): Promise<DeliveredCopies> {
  const { actor } = options;
  const other = terms.payer === actor.webId ? terms.payee : terms.payer;
  const warnings: string[] = [];
  const delays = options.copyRetryDelaysMs ?? [200, 1000];
  const fillsPage = (entry.sequence + 1) % ENTRIES_PER_PAGE === 0;
  const [copyUrl, inboxCopyUrl] = await Promise.all([
    retried(() => saveTransferCopy(actor.storage, ledger.group, entry, entryUrl, options), delays).catch(async (error: unknown) => {
      // The actor's own inbox is the safety net: fileInboxTransfers files it at their next login.
      const own = await inboxOf(actor.webId, options);
      const parked = own ? await sendTransferCopy(own, ledger.group, entry, entryUrl, options).catch(() => undefined) : undefined;
      warnings.push(`Your copy was not saved (${String(error)})${parked ? '; it waits in your inbox and is filed at your next login' : ''}`);
      return undefined;
    }),
    inboxOf(other, options)
      .then((inbox) =>
        inbox
          ? retried(() => sendTransferCopy(inbox, ledger.group, entry, entryUrl, options), delays)
          : void warnings.push(`${other} has no inbox; they can still see the transfer in the group ledger`),
      )
      .catch((error: unknown) => void warnings.push(`The copy for ${other} was not delivered: ${String(error)}`)),
    // A missing page only slows readers down, and the next reader's app writes it: not the payer's concern.
    fillsPage ? writeLedgerPage(ledger, Math.floor(entry.sequence / ENTRIES_PER_PAGE), options).catch(() => undefined) : undefined,
  ]);
  return { ...(copyUrl ? { copyUrl } : {}), ...(inboxCopyUrl ? { inboxCopyUrl } : {}), warnings };
}

async function retried<R>(task: () => Promise<R>, delaysMs: readonly number[]): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function inboxOf(webId: string, options: CommitOptions): Promise<string | null> {
  if (options.counterpartyInbox !== undefined && webId !== options.actor.webId) return Promise.resolve(options.counterpartyInbox);
  let found = inboxes.get(webId);
  if (!found) {
    found = getInboxOf(webId, options as PodRequestOptions).catch(() => null);
    inboxes.set(webId, found);
  }
  return found;
}
