import { beforeAll, describe, expect, it } from 'vitest';
import { createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';
import { checkRun, runTrading } from './trading-run.js';

// 8 onboarded demo members (the seed has 12, and the shared machine has 2 cores) for a fixed 10 s.
const MEMBERS = ['bruno', 'camille', 'gael', 'hana', 'kofi', 'fatima', 'lucia', 'emeka'];
const DURATION_MS = 10_000;

let g: LedgerGroup;

beforeAll(async () => {
  g = await createLedgerGroup('ledger-race', 'alice', MEMBERS);
});

describe('a group ledger with many members paying at once', () => {
  it('loses no acknowledged transfer, duplicates none, gives no position twice, keeps limits and sums to zero', async () => {
    const members = Object.values(g.members) as LedgerMember[];
    const until = Date.now() + DURATION_MS;
    const run = await runTrading(g.url, members, () => Date.now() > until);
    const ledger = await openAs(g, g.admin);
    console.log(
      `ledger race: ${members.length} members, ${DURATION_MS / 1000} s: ${run.acknowledged.size} committed, ${run.refused} refused by limits, ${run.retries} gave up after retries, ${ledger.entries.length} entries`,
    );
    expect(run.failures).toEqual([]);
    expect(run.acknowledged.size).toBeGreaterThan(members.length);
    expect(checkRun(ledger, run)).toEqual([]);
    // Every acknowledged payment and nothing else: no write landed without being acknowledged.
    expect(ledger.entries).toHaveLength(run.acknowledged.size);
  }, 120_000);
});
