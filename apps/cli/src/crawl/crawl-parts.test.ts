import { describe, expect, it } from 'vitest';
import { listReadyMadeQueries } from '../query/ready-made-queries.js';
import { ALL_PARTS, partsForQuery } from './crawl-parts.js';

describe('partsForQuery', () => {
  it('reads only the ledger for a ledger question and only the marketplace for a marketplace one', async () => {
    const queries = Object.fromEntries((await listReadyMadeQueries()).map((q) => [q.name, q.sparql]));
    expect(partsForQuery(queries['trade-volume']!)).toEqual({
      members: false,
      marketplace: false,
      ledger: true,
      decisions: false,
      memberPods: false,
    });
    expect(partsForQuery(queries['offers-per-category']!)).toEqual({
      members: false,
      marketplace: true,
      ledger: false,
      decisions: false,
      memberPods: false,
    });
    // Turnout counts the proposal's roll, so no membership record is read.
    expect(partsForQuery(queries['proposals-and-turnout']!)).toEqual({
      members: false,
      marketplace: false,
      ledger: false,
      decisions: true,
      memberPods: false,
    });
    expect(partsForQuery(queries['active-traders']!)).toEqual({
      members: false,
      marketplace: false,
      ledger: true,
      decisions: false,
      memberPods: false,
    });
    expect(partsForQuery(queries['balance-distribution']!)).toEqual({
      members: false,
      marketplace: false,
      ledger: true,
      decisions: false,
      memberPods: false,
    });
    expect(partsForQuery(queries['member-balances']!)).toMatchObject({ ledger: true, members: true, memberPods: true });
  });

  it('reads everything for a query that names no Mutua class', () => {
    expect(partsForQuery('SELECT * WHERE { ?s ?p ?o }')).toEqual(ALL_PARTS);
  });
});
