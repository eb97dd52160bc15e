import type { Quad } from '@rdfjs/types';
import { computeEntryHash, computeTransferHash } from './compute-entry-hash.js';
import { GENESIS_HASH, type LogEntry } from './log-entry.js';

/** The entry that appends a signed transfer record after `previous` (undefined for entry 0). */
export async function nextLogEntry(
  previous: Pick<LogEntry, 'sequence' | 'entryHash'> | undefined,
  record: readonly Quad[],
  { transfer, created }: { readonly transfer: string; readonly created?: string },
): Promise<LogEntry> {
  const sequence = previous ? previous.sequence + 1 : 0;
  const previousHash = previous ? previous.entryHash : GENESIS_HASH;
  const transferHash = await computeTransferHash(record);
  const entryHash = await computeEntryHash({ sequence, previousHash, transferHash });
  return { sequence, previousHash, transferHash, entryHash, transfer, record, ...(created !== undefined ? { created } : {}) };
}
