import type { Quad } from '@rdfjs/types';
import { ConflictError } from '../errors/conflict-error.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { applyTransfer } from './apply-transfer.js';
import { createImmutable } from '../pod/create-immutable.js';
import { ENTRY_CONTENT_TYPE, serializeEntry } from './entry-document.js';
import { entryUrl } from './group-ledger-layout.js';
import { refreshGroupLedger, withEntries, type GroupLedger } from './group-ledger.js';
import type { LogEntry } from './log-entry.js';
import { nextLogEntry } from './next-log-entry.js';
import { readTransfer } from './read-transfer.js';
import { TransferRefusedError } from './transfer-refused-error.js';

/** Options for appending: how often to retry after losing a position to another writer. */
export interface AppendTransferOptions extends PodRequestOptions {
  /** Lost races tolerated before giving up; defaults to 100. */
  readonly maxAttempts?: number;
  /** Upper bound of the first random pause after a lost race, doubled per loss up to 32×; defaults to 40 ms, 0 disables it. */
  readonly backoffMs?: number;
}

/** Where the transfer landed, and the ledger with it. */
export interface AppendedTransfer {
  readonly entry: LogEntry;
  readonly url: string;
  readonly ledger: GroupLedger;
  /** Positions lost to other writers before this one was taken. */
  readonly retries: number;
}

/**
 * Appends a signed transfer record at the next free position of the group log. The position
 * is taken with a conditional create (PUT If-None-Match: *), so two writers never share one;
 * the loser reads the entries it missed, checks the transfer again (limits may have moved)
 * and tries the next position. Throws TransferRefusedError when the rules refuse it.
 */
export async function appendTransfer(ledger: GroupLedger, record: readonly Quad[], options: AppendTransferOptions = {}): Promise<AppendedTransfer> {
  const terms = readTransfer(record);
  if ('problem' in terms) throw new TypeError(`Cannot append the record: ${terms.problem}`);
  const maxAttempts = options.maxAttempts ?? 100;
  let current = ledger;
  for (let retries = 0; retries < maxAttempts; retries++) {
    const mine = current.entries.find((e) => e.transfer === terms.iri);
    // A retry after an unanswered PUT may find the transfer already in: that is success.
    if (mine && retries > 0) return { entry: mine, url: entryUrl(current.group, mine.sequence), ledger: current, retries };
    const inactive = terms.reverses === undefined ? [terms.payer, terms.payee].find((who) => !current.rules.active.has(who)) : undefined;
    if (inactive) throw new TransferRefusedError(`Appending transfer ${terms.id} to ${current.group}`, { kind: 'unknown-member', message: `${inactive} is not an active member of the group` });
    const checked = applyTransfer(current.replay.state, terms, current.rules, 'latest');
    if (!checked.ok) throw new TransferRefusedError(`Appending transfer ${terms.id} to ${current.group}`, checked.rejection);
    const entry = await nextLogEntry(current.head, record, { transfer: terms.iri, created: new Date().toISOString() });
    const url = entryUrl(current.group, entry.sequence);
    try {
      await createImmutable('Appending the transfer at', url, ENTRY_CONTENT_TYPE, serializeEntry(entry, url, current.group), options);
      return { entry, url, ledger: await withEntries(current, [entry]), retries };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // Writers that lost the same position would all come back at once and collide again:
      // a random pause spreads them out, so each round has fewer contenders.
      const bound = (options.backoffMs ?? 40) * 2 ** Math.min(retries, 5);
      if (bound > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * bound));
      current = await refreshGroupLedger(current, options);
    }
  }
  throw new ConflictError(`Appending transfer ${terms.id} to`, ledger.group, `lost the race for a position ${maxAttempts} times; try again in a moment`);
}
