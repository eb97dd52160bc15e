import { describe, expect, it } from 'vitest';
import { groupLayout } from '../../../apps/core/src/groups/group-layout.js';
import { getPendingRequests } from '../../../apps/core/src/ledger/get-pending-requests.js';
import { openGroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { readTransfer } from '../../../apps/core/src/ledger/read-transfer.js';
import { createSeedContext } from '../../../pod-server/src/seed-demo-network.js';
import { seedTransfers } from '../../../pod-server/src/seed-transfers.js';
import { getAccount, getAuthenticatedFetch, getPodServer } from '../../support/pod.js';

const groups = [
  { pod: 'sel-val-de-saone', reader: 'bruno', words: /[éèàçô’]|de|du|des/i },
  { pod: 'banco-tiempo-lavapies', reader: 'emeka', words: /[áéíóúñ]|de|del|con/i },
] as const;

describe('the transfers seed step', () => {
  it('leaves both demo groups with months of verified trading, and running it again adds nothing', async () => {
    const runs: number[] = [];
    const counts: number[][] = [];
    for (let run = 0; run < 2; run++) {
      const context = createSeedContext(getPodServer().baseUrl, () => undefined);
      const started = performance.now();
      try {
        await seedTransfers(context);
      } finally {
        await context.close();
      }
      runs.push(performance.now() - started);
      counts.push(
        await Promise.all(
          groups.map(
            async ({ pod, reader }) =>
              (
                await openGroupLedger(groupLayout(getAccount(pod).podUrl).group, {
                  fetch: await getAuthenticatedFetch(reader),
                })
              ).entries.length,
          ),
        ),
      );
    }
    expect(counts[1]).toEqual(counts[0]);
    console.log(
      `seed transfers: ${runs.map((ms) => Math.round(ms)).join(' ms, then ')} ms; entries ${counts[0]?.join(', ')}`,
    );
    for (const { pod, reader, words } of groups) {
      const groupUrl = groupLayout(getAccount(pod).podUrl).group;
      const fetch = await getAuthenticatedFetch(reader);
      const ledger = await openGroupLedger(groupUrl, { fetch });
      expect(ledger.entries.length).toBeGreaterThanOrEqual(25);
      expect(ledger.replay.problems).toEqual([]);
      expect(ledger.replay.verifiedUpTo).toBe(ledger.entries.length - 1);
      expect([...ledger.replay.balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
      const terms = ledger.entries.map((e) => readTransfer(e.record, e.transfer));
      const ids = terms.map((t) => ('problem' in t ? t.problem : t.id));
      expect(new Set(ids).size).toBe(ids.length);
      const months = new Set(terms.map((t) => ('problem' in t ? '' : t.time.slice(0, 7))));
      expect(months.size).toBeGreaterThanOrEqual(3);
      expect(terms.every((t) => !('problem' in t) && words.test(t.description ?? ''))).toBe(true);
      const pending = await getPendingRequests(groupUrl, getAccount(reader).webId, { fetch });
      expect(pending.every((r) => r.transfer.status === 'pending')).toBe(true);
    }
    expect(runs[1]).toBeLessThan(30_000);
  });
});
