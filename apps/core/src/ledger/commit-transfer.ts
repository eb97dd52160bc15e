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
}

/** A transfer in the ledger, where it sits, and the copies made of it. */
export interface CommittedTransfer {
  readonly transfer: LedgerTransfer;
  readonly entry: LogEntry;
  readonly entryUrl: string;
  readonly ledger: GroupLedger;
  readonly copyUrl?: string;
  readonly inboxCopyUrl?: string;
  /** Copies that could not be made; the transfer itself is committed. */
  readonly warnings: readonly string[];
}

const inboxes = new Map<string, Promise<string | null>>();

/**
 * Appends a signed record, then files the actor's copy and sends one to the other party's inbox
 * (in parallel). Whoever fills the last position of a ledger page also writes the page.
 */
export async function commitTransfer(
  ledger: GroupLedger,
  terms: TransferTerms,
  record: readonly Quad[],
  options: CommitOptions,
): Promise<CommittedTransfer> {
  const appended = await appendTransfer(ledger, record, options);
  const { actor } = options;
  const other = terms.payer === actor.webId ? terms.payee : terms.payer;
  const warnings: string[] = [];
  const fillsPage = (appended.entry.sequence + 1) % ENTRIES_PER_PAGE === 0;
  const [copyUrl, inboxCopyUrl] = await Promise.all([
    saveTransferCopy(actor.storage, ledger.group, appended.entry, appended.url, options).catch(
      (error: unknown) => void warnings.push(`Your copy was not saved: ${String(error)}`),
    ),
    inboxOf(other, options)
      .then((inbox) =>
        inbox
          ? sendTransferCopy(inbox, ledger.group, appended.entry, appended.url, options)
          : void warnings.push(`${other} has no inbox; they can still see the transfer in the group ledger`),
      )
      .catch((error: unknown) => void warnings.push(`The copy for ${other} was not delivered: ${String(error)}`)),
    // A missing page only slows readers down, and the next reader's app writes it: not the payer's concern.
    fillsPage
      ? writeLedgerPage(appended.ledger, Math.floor(appended.entry.sequence / ENTRIES_PER_PAGE), options).catch(
          () => undefined,
        )
      : undefined,
  ]);
  return {
    transfer: { ...terms, status: 'completed' },
    entry: appended.entry,
    entryUrl: appended.url,
    ledger: appended.ledger,
    ...(copyUrl ? { copyUrl } : {}),
    ...(inboxCopyUrl ? { inboxCopyUrl } : {}),
    warnings,
  };
}

function inboxOf(webId: string, options: CommitOptions): Promise<string | null> {
  if (options.counterpartyInbox !== undefined) return Promise.resolve(options.counterpartyInbox);
  let found = inboxes.get(webId);
  if (!found) {
    found = getInboxOf(webId, options as PodRequestOptions).catch(() => null);
    inboxes.set(webId, found);
  }
  return found;
}
