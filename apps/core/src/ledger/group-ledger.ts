import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { KeyResolver } from '../signing/verify-record.js';
import { getLedgerRules, type GroupLedgerRules } from './get-ledger-rules.js';
import type { EntryVerification } from './ledger-problem.js';
import type { LogEntry } from './log-entry.js';
import { createProfileKeyResolver } from './profile-key-resolver.js';
import { readEntriesAfter } from './read-entries-after.js';
import { readLedgerEntriesWithPages } from './read-ledger-entries.js';
import { continueReplay, type LedgerReplay } from './replay-ledger.js';
import { verifyEntries, type VerificationCache } from './verify-entries.js';

/** A group ledger as one reader sees it: every entry, its signature check, and the replay. */
export interface GroupLedger {
  readonly group: string;
  readonly rules: GroupLedgerRules;
  /** All entries in position order. */
  readonly entries: readonly LogEntry[];
  readonly verifications: readonly EntryVerification[];
  /** Balances, problems and "verified up to" (see replayLedger). */
  readonly replay: LedgerReplay;
  /** The last entry, where the next one is chained; undefined for an empty ledger. */
  readonly head: LogEntry | undefined;
  /** Signer keys, read once per profile and reused by every refresh. */
  readonly resolveKey: KeyResolver;
  readonly cache: VerificationCache;
  /** Entries that came from ledger pages when the ledger was opened (0 when none did). */
  readonly pagedEntries?: number;
}

/** Which stage a long read is in. */
export type LedgerReadStage = 'reading' | 'verifying';

/** Options for opening or refreshing a group ledger. */
export interface GroupLedgerOptions extends PodRequestOptions {
  /** Defaults to a resolver reading keys from signers' profiles. */
  readonly resolveKey?: KeyResolver;
  /** Rules already read (e.g. by the caller); read from the group pod when absent. */
  readonly rules?: GroupLedgerRules;
  readonly onProgress?: (done: number, total: number, stage: LedgerReadStage) => void;
  /** Told when ledger pages could not be trusted and entries were read one by one instead. */
  readonly onPagesRejected?: (reason: string) => void;
}

/** Reads the whole group log (full runs from ledger pages), verifies every signature (keys from profiles) and replays it. */
export async function openGroupLedger(groupUrl: string, options: GroupLedgerOptions = {}): Promise<GroupLedger> {
  const [rules, { entries, paged }] = await Promise.all([
    options.rules ?? getLedgerRules(groupUrl, options),
    readLedgerEntriesWithPages(groupUrl, {
      ...options,
      onProgress: (done, total) => options.onProgress?.(done, total, 'reading'),
    }),
  ]);
  const empty: GroupLedger = {
    group: groupUrl,
    rules,
    entries: [],
    verifications: [],
    replay: {
      balances: new Map(),
      verifiedUpTo: -1,
      problems: [],
      state: { balances: new Map(), transfers: new Map(), idsByIri: new Map() },
    },
    head: undefined,
    resolveKey: options.resolveKey ?? createProfileKeyResolver(options),
    cache: new WeakMap(),
    pagedEntries: paged,
  };
  return withEntries(empty, entries, options);
}

/** Reads only the entries appended since `ledger` was read, and replays again (signatures of old entries are not checked twice). */
export async function refreshGroupLedger(ledger: GroupLedger, options: GroupLedgerOptions = {}): Promise<GroupLedger> {
  const added = await readEntriesAfter(ledger.group, ledger.head?.sequence ?? -1, options);
  return added.length === 0 ? ledger : withEntries(ledger, added, options);
}

/** The ledger with entries appended after its head: only the new ones verified and folded on (the replay goes on from the ledger's own). */
export async function withEntries(
  ledger: GroupLedger,
  added: readonly LogEntry[],
  options: Pick<GroupLedgerOptions, 'onProgress'> = {},
): Promise<GroupLedger> {
  const checked = await verifyEntries(added, {
    resolveKey: ledger.resolveKey,
    cache: ledger.cache,
    onProgress: (done, total) => options.onProgress?.(done, total, 'verifying'),
  });
  // A payment or a refresh costs the new entries and one copy of the fold's maps, not a replay of
  // the whole log: continueReplay is held equal to replayLedger over the whole log by test.
  const replay = await continueReplay(ledger.replay, ledger.entries, added, { ...ledger.rules, verifications: checked });
  const entries = [...ledger.entries, ...added];
  return { ...ledger, entries, verifications: [...ledger.verifications, ...checked], replay, head: entries[entries.length - 1] };
}
