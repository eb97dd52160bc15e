import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { LDP, type RdfResource } from '@mutua/core';
import { serializeEntry } from '../../../core/src/ledger/entry-document.js';
import {
  ENTRIES_PER_PAGE,
  entryUrl,
  groupLedgerLayout,
  pageUrl,
} from '../../../core/src/ledger/group-ledger-layout.js';
import { serializePage } from '../../../core/src/ledger/ledger-page.js';
import type { LogEntry } from '../../../core/src/ledger/log-entry.js';
import { nextLogEntry } from '../../../core/src/ledger/next-log-entry.js';
import { LedgerPagesSeen } from './ledger-pages-seen.js';

const { quad, namedNode, literal } = DataFactory;
const GROUP = 'https://pods.example/sel/profile/card#group';
const LEDGER = groupLedgerLayout(GROUP).container;
let log: LogEntry[];

beforeAll(async () => {
  log = [];
  for (let t = 0; t < ENTRIES_PER_PAGE + 3; t++) {
    const transfer = `${LEDGER}transfers/t${t}#it`;
    const record = [
      quad(namedNode(transfer), namedNode('https://w3id.org/mutua/ns#amount'), literal(String(t + 1))),
    ] as Quad[];
    log.push(await nextLogEntry(log.at(-1), record, { transfer }));
  }
});

const parsed = (url: string, text: string): RdfResource => ({
  url,
  quads: new Parser({ format: 'N-Quads' }).parse(text) as RdfResource['quads'],
  etag: null,
});
const listing = (url: string, members: readonly string[]): RdfResource => ({
  url,
  quads: members.map((m) =>
    quad(namedNode(url), namedNode(LDP.contains), namedNode(m)),
  ) as unknown as RdfResource['quads'],
  etag: null,
});
const entryDocument = (entry: LogEntry): RdfResource =>
  parsed(entryUrl(GROUP, entry.sequence), serializeEntry(entry, entryUrl(GROUP, entry.sequence), GROUP));

describe('LedgerPagesSeen', () => {
  it('skips the entry folders and the entries a listed page holds, except the last one, and keeps the pages that check out', async () => {
    const seen = new LedgerPagesSeen();
    seen.note(listing(groupLedgerLayout(GROUP).pages, [pageUrl(GROUP, 0)]));
    expect(seen.skip(entryUrl(GROUP, 0))).toBe(true);
    expect(seen.skip(entryUrl(GROUP, 98))).toBe(true);
    expect(seen.skip(entryUrl(GROUP, 99))).toBe(false);
    expect(seen.skip(entryUrl(GROUP, 100))).toBe(false);
    expect(seen.skip('https://pods.example/other/ledger/entries/000000/000000003')).toBe(false);
    // Its entry folders are not listed: the tail is asked for from the last paged position on.
    expect(seen.skip(`${LEDGER}entries/000000/`)).toBe(true);
    expect(seen.skip('https://pods.example/other/ledger/entries/000000/')).toBe(false);
    expect(seen.tails()).toEqual([{ group: GROUP, from: 99 }]);
    const documents = [
      parsed(pageUrl(GROUP, 0), serializePage(log.slice(0, 100), GROUP)),
      ...log.slice(99).map(entryDocument),
    ];
    // The entry at the last paged position is in the page too: one copy is enough.
    expect(await seen.settle(documents)).toEqual({ rejected: [], duplicates: [entryUrl(GROUP, 99)] });
  });

  it('rejects pages whose entries do not match their hashes, and names the entries to read instead', async () => {
    const seen = new LedgerPagesSeen();
    seen.note(listing(groupLedgerLayout(GROUP).pages, [pageUrl(GROUP, 0)]));
    for (let n = 0; n < 99; n++) seen.skip(entryUrl(GROUP, n));
    const forged = log.slice(0, 100).map((e) =>
      e.sequence === 5
        ? {
            ...e,
            record: [
              quad(namedNode(e.transfer), namedNode('https://w3id.org/mutua/ns#amount'), literal('9999')),
            ] as Quad[],
          }
        : e,
    );
    const {
      rejected: [rejected],
      duplicates,
    } = await seen.settle([parsed(pageUrl(GROUP, 0), serializePage(forged, GROUP)), entryDocument(log[99]!)]);
    expect(duplicates).toEqual([]);
    expect(rejected?.reason).toMatch(/position 5 in the pages does not match its hashes/);
    expect(rejected?.pages).toEqual([pageUrl(GROUP, 0)]);
    expect(rejected?.skipped).toHaveLength(99);
  });

  it('rejects pages when the entry at their last position is missing (a page written ahead of the log)', async () => {
    const seen = new LedgerPagesSeen();
    seen.note(listing(groupLedgerLayout(GROUP).pages, [pageUrl(GROUP, 0)]));
    const {
      rejected: [rejected],
    } = await seen.settle([parsed(pageUrl(GROUP, 0), serializePage(log.slice(0, 100), GROUP))]);
    expect(rejected?.reason).toMatch(/no entry at position 99/);
  });
});
