import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../apps/cli/src/index.js';
import { createClientCredentials } from '../../../pod-server/src/index.js';
import { openGroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { readTransfer } from '../../../apps/core/src/ledger/read-transfer.js';
import { listProposals } from '../../../apps/core/src/decisions/list-proposals.js';
import { loadProposalPage } from '../../../apps/core/src/decisions/load-proposal-page.js';
import { demoOffers } from '../../../pod-server/src/seed-offers.js';
import { PROPOSALS } from '../../../pod-server/src/seed-proposals.js';
import { getAccount, getAuthenticatedFetch, getPodServer } from '../../support/pod.js';

const SEL = 'sel-val-de-saone';

/** Runs `mutua <args>` in-process and captures what it prints. */
async function mutua(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), env: {} });
  return { code, out, err };
}

/** `--client-id … --client-secret … --issuer …` for a seeded account, made through CSS's account API. */
async function loginFlags(pod: string): Promise<string[]> {
  const account = getAccount(pod);
  const { id, secret } = await createClientCredentials({ baseUrl: getPodServer().baseUrl, email: account.email, password: account.password, webId: account.webId });
  return ['--client-id', id, '--client-secret', secret, '--issuer', getPodServer().baseUrl];
}

/** CSV rows of a query result as objects. */
function csvRows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
}

describe('mutua query on the seeded demo network', () => {
  const group = () => `${getPodServer().baseUrl}${SEL}/profile/card#group`;
  let alice: string[];
  let dolores: string[];
  let folder: string;

  beforeAll(async () => {
    [alice, dolores] = await Promise.all([loginFlags('alice'), loginFlags('dolores')]);
    folder = await mkdtemp(join(tmpdir(), 'mutua-query-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('counts a member’s group’s offers and wants per category as the seed posted them', async () => {
    const { code, out, err } = await mutua('query', '--from', group(), '--query', 'offers-per-category', '--format', 'csv', '--no-partners', ...alice);
    expect(code, err).toBe(0);
    expect(err).toContain('Logged in as');
    const expected = new Map<string, { offers: number; wants: number }>();
    for (const offer of demoOffers.filter((o) => o.group === SEL)) {
      const row = expected.get(offer.category) ?? { offers: 0, wants: 0 };
      row[offer.purpose === 'offer' ? 'offers' : 'wants'] += 1;
      expected.set(offer.category, row);
    }
    const found = new Map(csvRows(out).map((row) => [row.category!.split('#')[1]!, { offers: Number(row.offers), wants: Number(row.wants) }]));
    expect(found).toEqual(expected);
  });

  it('shows an anonymous agent only the public offers, and a member of another group no more', async () => {
    const anonymous = await mutua('query', '--from', group(), '--query', 'offers-per-category', '--format', 'json', '--no-partners');
    expect(anonymous.code, anonymous.err).toBe(0);
    expect(anonymous.err).toMatch(/not-allowed/);
    const total = (json: string): number =>
      (JSON.parse(json) as { results: { bindings: Array<Record<string, { value: string }>> } }).results.bindings.reduce((sum, b) => sum + Number(b.offers!.value) + Number(b.wants!.value), 0);
    const publicCount = demoOffers.filter((o) => o.group === SEL && o.visibility === 'public').length;
    expect(total(anonymous.out)).toBe(publicCount);
    // Dolores runs the timebank, not the SEL: the SEL's members-only index stays closed to her.
    const outsider = await mutua('query', '--from', group(), '--query', 'offers-per-category', '--format', 'json', '--no-partners', ...dolores);
    expect(total(outsider.out)).toBe(publicCount);
    const member = await mutua('query', '--from', group(), '--query', 'offers-per-category', '--format', 'json', '--no-partners', ...alice);
    expect(total(member.out)).toBe(demoOffers.filter((o) => o.group === SEL).length);
  });

  it('harvests once into a file and answers from it as the live crawl does', async () => {
    const file = join(folder, 'sel.nq');
    const harvest = await mutua('harvest', '--from', group(), '--out', file, '--no-partners', ...alice);
    expect(harvest.code, harvest.err).toBe(0);
    expect(harvest.err).toMatch(/Harvested \d+ documents \(\d+ triples\)/);
    expect((await readFile(file, 'utf8')).length).toBeGreaterThan(1000);
    for (const name of ['offers-per-category', 'proposals-and-turnout']) {
      const live = await mutua('query', '--from', group(), '--query', name, '--format', 'csv', '--no-partners', ...alice);
      const stored = await mutua('query', '--engine', 'store', '--store', file, '--query', name, '--format', 'csv');
      expect(stored.code, stored.err).toBe(0);
      expect(csvRows(stored.out), name).toEqual(csvRows(live.out));
      expect(csvRows(stored.out).length, name).toBeGreaterThan(0);
    }
    // And the numbers are the seed's: each demo proposal of the SEL has as many voters as ballots.
    const rows = new Map(csvRows((await mutua('query', '--engine', 'store', '--store', file, '--query', 'proposals-and-turnout', '--format', 'csv')).out).map((r) => [r.title!, r]));
    const seeded = PROPOSALS.filter((p) => p.group === SEL);
    expect(seeded.length).toBeGreaterThan(0);
    const aliceFetch = await getAuthenticatedFetch('alice');
    const listed = await listProposals(group(), { fetch: aliceFetch });
    for (const demo of seeded) {
      const row = rows.get(demo.proposal.title);
      expect(Number(row?.voters), demo.proposal.title).toBe(demo.ballots.length);
      // Turnout is against the proposal's roll (who could vote when it opened), read here by the core.
      const record = listed.proposals.find((p) => p.title === demo.proposal.title);
      const { roll } = await loadProposalPage(record!.url, { fetch: aliceFetch });
      expect(Number(row?.eligibleVoters), demo.proposal.title).toBe(roll.members.length);
      expect(Number(row?.turnout)).toBeCloseTo(demo.ballots.length / roll.members.length, 6);
    }
  });

  it('runs Comunica link traversal from a WebID and finds the member’s own offers', async () => {
    const webId = getAccount('alice').webId;
    const sparql = 'PREFIX vf: <https://w3id.org/valueflows/ont/vf#> SELECT ?offer ?title WHERE { ?offer a vf:Proposal ; vf:name ?title }';
    const { code, out, err } = await mutua('query', '--engine', 'traversal', '--from', webId, '--sparql', sparql, '--format', 'csv', ...alice);
    expect(code, err).toBe(0);
    const titles = csvRows(out).map((row) => row.title).sort();
    // Other test files post offers in alice's pod on the same server, so check inclusion.
    const seeded = demoOffers.filter((o) => o.pod === 'alice').map((o) => o.title);
    expect(seeded.length).toBeGreaterThan(0);
    expect(titles).toEqual(expect.arrayContaining(seeded));
  });

  // The ledger queries are checked against the core's own replay of each group ledger, read by
  // the same member just before and after: two independent paths to the same numbers.
  for (const [pod, reader, decimals] of [[SEL, 'alice', 0], ['banco-tiempo-lavapies', 'dolores', 2]] as const) {
    it(`answers the ledger queries for ${pod} as the core's replay of its ledger does`, async () => {
      const groupIri = `${getPodServer().baseUrl}${pod}/profile/card#group`;
      const flags = reader === 'alice' ? alice : dolores;
      const fetch = await getAuthenticatedFetch(reader);
      const scale = 10 ** decimals;
      for (let attempt = 0; ; attempt++) {
        const before = await openGroupLedger(groupIri, { fetch });
        const run = async (name: string) => {
          const result = await mutua('query', '--from', groupIri, '--query', name, '--format', 'csv', '--no-partners', ...flags);
          expect(result.code, result.err).toBe(0);
          return csvRows(result.out);
        };
        const [volume, balances, distribution, traders] = [await run('trade-volume'), await run('member-balances'), await run('balance-distribution'), await run('active-traders')];
        const after = await openGroupLedger(groupIri, { fetch });
        // Another test may pay in a demo group meanwhile; then read again.
        if (after.entries.length !== before.entries.length && attempt < 2) continue;
        expect(before.replay.problems).toEqual([]);
        const transfers = before.entries.map((e) => readTransfer(e.record, e.transfer)).flatMap((t) => ('problem' in t ? [] : [t]));
        expect(transfers.length).toBe(before.entries.length);
        expect(transfers.length).toBeGreaterThanOrEqual(25);

        const months = new Map<string, { transfers: number; volume: number; traders: Set<string> }>();
        for (const t of transfers) {
          const month = months.get(t.time.slice(0, 7)) ?? { transfers: 0, volume: 0, traders: new Set<string>() };
          month.transfers += 1;
          month.volume += t.amount;
          month.traders.add(t.payer).add(t.payee);
          months.set(t.time.slice(0, 7), month);
        }
        expect(volume.map((r) => [r.month, Number(r.transfers), Number(r.volume)])).toEqual([...months].sort(([a], [b]) => a.localeCompare(b)).map(([m, v]) => [m, v.transfers, v.volume / scale]));
        expect(traders.map((r) => [r.month, Number(r.activeTraders)])).toEqual([...months].sort(([a], [b]) => a.localeCompare(b)).map(([m, v]) => [m, v.traders.size]));

        const replayed = new Map([...before.replay.balances].filter(([member]) => transfers.some((t) => t.payer === member || t.payee === member)));
        expect(new Map(balances.map((r) => [r.member!, Math.round(Number(r.balance) * scale)]))).toEqual(replayed);
        expect(distribution).toHaveLength(1);
        const [row] = distribution;
        expect(Number(row!.accounts)).toBe(replayed.size);
        expect(Number(row!.sum)).toBe(0);
        expect(Math.round(Number(row!.lowest) * scale)).toBe(Math.min(...replayed.values()));
        expect(Math.round(Number(row!.highest) * scale)).toBe(Math.max(...replayed.values()));
        return;
      }
    });
  }

  it('says what went wrong and how to go on when asked something it cannot do', async () => {
    const missing = await mutua('query', '--from', group());
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Say which query/);
    const unknown = await mutua('query', '--from', group(), '--query', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/Ready-made queries: .*trade-volume/);
    const turtle = await mutua('query', '--from', group(), '--query', 'offers-per-category', '--format', 'turtle', ...alice);
    expect(turtle.err).toMatch(/Turtle output needs a CONSTRUCT/);
  });
});
