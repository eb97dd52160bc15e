import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_CONTENT_TYPE, parseEntry, serializeEntry } from '../../../apps/core/src/ledger/entry-document.js';
import { entryUrl } from '../../../apps/core/src/ledger/group-ledger-layout.js';
import type { LogEntry } from '../../../apps/core/src/ledger/log-entry.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import { DCTERMS, MUTUA } from '../../../apps/core/src/vocab/terms.generated.js';
import { createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';

const { quad, literal, namedNode } = DataFactory;

let g: LedgerGroup;
let bruno: LedgerMember;
let camille: LedgerMember;
let originals: string[];

beforeAll(async () => {
  g = await createLedgerGroup('ledger-tamper', 'alice', ['bruno', 'camille']);
  bruno = g.members.bruno as LedgerMember;
  camille = g.members.camille as LedgerMember;
  let ledger = await openAs(g, bruno);
  for (const amount of [100, 200, 300, 400]) {
    ledger = (
      await payMember(
        ledger,
        { payee: camille.webId, amount, description: `Lot ${amount}` },
        { fetch: bruno.fetch, actor: bruno.actor, counterpartyInbox: null },
      )
    ).ledger;
  }
  originals = await Promise.all([0, 1, 2, 3].map(async (n) => (await bruno.fetch(entryUrl(g.url, n))).text()));
});

/** The group pod's owner (the host) rewrites a stored entry: the one writer the server cannot stop. */
async function overwrite(sequence: number, body: string): Promise<void> {
  const url = entryUrl(g.url, sequence);
  const response = await g.group.pod.agent.fetch(url, {
    method: 'PUT',
    headers: { 'content-type': ENTRY_CONTENT_TYPE },
    body,
  });
  expect(response.ok, `overwriting ${url}: ${response.status}`).toBe(true);
}

function altered(sequence: number, change: (entry: LogEntry) => LogEntry): string {
  const url = entryUrl(g.url, sequence);
  return serializeEntry(change(parseEntry(originals[sequence] as string, url)), url, g.url);
}

const withRecord = (entry: LogEntry, predicate: string, object: Quad['object']): LogEntry => ({
  ...entry,
  record: entry.record.map((q) =>
    q.predicate.value === predicate && q.subject.value === entry.transfer
      ? (quad(q.subject, q.predicate, object) as Quad)
      : q,
  ),
});

const cases: readonly { field: string; sequence: number; change: (entry: LogEntry) => LogEntry }[] = [
  {
    field: 'amount',
    sequence: 1,
    change: (e) => withRecord(e, MUTUA.amount, literal('20', namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
  },
  { field: 'payee', sequence: 2, change: (e) => withRecord(e, MUTUA.payee, namedNode(bruno.webId)) },
  { field: 'description', sequence: 1, change: (e) => withRecord(e, DCTERMS.description, literal('Something else')) },
  { field: 'sequence (order)', sequence: 2, change: (e) => ({ ...e, sequence: 1 }) },
  { field: 'previous hash', sequence: 3, change: (e) => ({ ...e, previousHash: 'z'.repeat(43) }) },
];

describe('a group ledger whose stored entries were altered on the server', () => {
  it('verifies cleanly before any change', async () => {
    const ledger = await openAs(g, camille);
    expect(ledger.replay.problems).toEqual([]);
    expect(ledger.replay.verifiedUpTo).toBe(3);
  });

  for (const { field, sequence, change } of cases) {
    it(`names entry ${sequence} when its ${field} is changed`, async () => {
      await overwrite(sequence, altered(sequence, change));
      try {
        const ledger = await openAs(g, camille);
        const named = ledger.replay.problems.filter(
          (p) => p.sequence === sequence || (field.startsWith('sequence') && p.sequence === 1),
        );
        expect(named.length, JSON.stringify(ledger.replay.problems)).toBeGreaterThan(0);
        expect(ledger.replay.verifiedUpTo).toBeLessThan(sequence);
        expect([...ledger.replay.balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
      } finally {
        await overwrite(sequence, originals[sequence] as string);
      }
    });
  }

  it('names every altered entry, not just the first', async () => {
    await overwrite(1, altered(1, cases[0]!.change));
    await overwrite(
      3,
      altered(3, (e) =>
        withRecord(e, MUTUA.amount, literal('4000', namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
      ),
    );
    try {
      const ledger = await openAs(g, camille);
      const sequences = new Set(ledger.replay.problems.map((p) => p.sequence));
      expect(sequences.has(1) && sequences.has(3), JSON.stringify(ledger.replay.problems)).toBe(true);
      expect(ledger.replay.problems.every((p) => p.message.length > 0)).toBe(true);
    } finally {
      await overwrite(1, originals[1] as string);
      await overwrite(3, originals[3] as string);
    }
    expect((await openAs(g, camille)).replay.problems).toEqual([]);
  });
});
