import type { SparqlJsonResults } from '../../../apps/cli/src/index.js';
import type { SyntheticNetwork } from './synthetic-network.js';

/** Expected rows of a ready-made query: key columns → the numbers that must match. */
export interface KnownAnswer {
  readonly keys: readonly string[];
  readonly values: readonly string[];
  readonly rows: ReadonlyMap<string, readonly number[]>;
}

/** The known answer of each ready-made query on a synthetic network. */
export function knownAnswers(network: SyntheticNetwork): Record<string, KnownAnswer> {
  const { size, groupNames, transfers } = network;
  const byMonth = new Map<string, { count: number; volume: number; traders: Set<number> }>();
  const balances = groupNames.map(() => new Map<number, number>());
  for (const t of transfers) {
    const key = `${groupNames[t.group]}|${t.month}`;
    const row = byMonth.get(key) ?? { count: 0, volume: 0, traders: new Set<number>() };
    row.count += 1;
    row.volume += t.amount;
    row.traders.add(t.payer).add(t.payee);
    byMonth.set(key, row);
    const b = balances[t.group]!;
    b.set(t.payer, (b.get(t.payer) ?? 0) - t.amount);
    b.set(t.payee, (b.get(t.payee) ?? 0) + t.amount);
  }
  const categories = new Map<string, number[]>();
  network.listings.forEach((counts, g) => {
    for (const [category, [offers, wants]] of counts)
      categories.set(`${groupNames[g]}|${network.groupIris[g]!.replace('card#group', `categories#${category}`)}`, [
        offers,
        wants,
      ]);
  });
  const proposals = new Map<string, number[]>();
  // Every member of the group is on each proposal's roll.
  network.voters.forEach((counts, g) =>
    counts.forEach((voters, p) =>
      proposals.set(`${groupNames[g]}|Proposal ${p} of ${groupNames[g]}`, [voters, size.membersPerGroup]),
    ),
  );
  return {
    'trade-volume': {
      keys: ['groupName', 'month'],
      values: ['transfers', 'volume'],
      rows: new Map([...byMonth].map(([k, r]) => [k, [r.count, r.volume / 100]])),
    },
    'active-traders': {
      keys: ['groupName', 'month'],
      values: ['activeTraders'],
      rows: new Map([...byMonth].map(([k, r]) => [k, [r.traders.size]])),
    },
    'balance-distribution': {
      keys: ['groupName'],
      values: ['accounts', 'lowest', 'highest', 'sum'],
      rows: new Map(
        balances.map((b, g) => [
          groupNames[g]!,
          [b.size, Math.min(...b.values()) / 100, Math.max(...b.values()) / 100, 0],
        ]),
      ),
    },
    'offers-per-category': { keys: ['groupName', 'category'], values: ['offers', 'wants'], rows: categories },
    'proposals-and-turnout': { keys: ['groupName', 'title'], values: ['voters', 'eligibleVoters'], rows: proposals },
  };
}

/** Share of the known rows a result reproduces exactly (1 = complete and correct). */
export function completeness(answer: KnownAnswer, json: SparqlJsonResults): number {
  if (answer.rows.size === 0) return 1;
  const got = new Map<string, number[]>();
  for (const binding of json.results?.bindings ?? []) {
    const key = answer.keys.map((k) => binding[k]?.value ?? '').join('|');
    got.set(
      key,
      answer.values.map((v) => Number(binding[v]?.value ?? Number.NaN)),
    );
  }
  let matched = 0;
  for (const [key, expected] of answer.rows) {
    const values = got.get(key);
    if (values && expected.every((value, i) => Math.abs(value - values[i]!) < 1e-6)) matched += 1;
  }
  return matched / answer.rows.size;
}
