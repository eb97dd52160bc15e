import { beforeAll, describe, expect, it } from 'vitest';
import { createLedgerGroup, newLedgerMember, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';
import { checkRun, runTrading } from './trading-run.js';

// As the issue asks: 20 members paying each other as fast as they can for 30 s. The seed's
// onboarded members come first; the rest are new accounts onboarded and joined by the test.
const SEEDED = ['bruno', 'camille', 'gael', 'hana', 'kofi', 'fatima', 'lucia', 'emeka', 'ines', 'jonas', 'dolores'];
const MEMBER_COUNT = 20;
const DURATION_MS = 30_000;

let g: LedgerGroup;
let members: LedgerMember[];

beforeAll(async () => {
  g = await createLedgerGroup('ledger-race', 'alice', SEEDED);
  const extra: LedgerMember[] = [];
  // One at a time: each approval rewrites every ACL of the group with If-Match.
  for (let i = SEEDED.length; i < MEMBER_COUNT; i++) extra.push(await newLedgerMember(g, `race${i}`));
  members = [...(Object.values(g.members) as LedgerMember[]), ...extra];
}, 300_000);

describe('a group ledger with many members paying at once', () => {
  it('loses no acknowledged transfer, duplicates none, gives no position twice, keeps limits and sums to zero', async () => {
    expect(members).toHaveLength(MEMBER_COUNT);
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
  }, 180_000);
});
