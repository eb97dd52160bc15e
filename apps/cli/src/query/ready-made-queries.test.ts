import { describe, expect, it } from 'vitest';
import { listReadyMadeQueries, parseReadyMadeQuery } from './ready-made-queries.js';
import { queryForm } from './query-form.js';

describe('ready-made queries', () => {
  it('ship the five the researchers asked for, each titled, described and a SELECT', async () => {
    const queries = await listReadyMadeQueries();
    expect(queries.map((q) => q.name)).toEqual(expect.arrayContaining(['trade-volume', 'offers-per-category', 'balance-distribution', 'active-traders', 'proposals-and-turnout']));
    for (const query of queries) {
      expect(query.title, query.name).not.toBe(query.name);
      expect(query.description.length, query.name).toBeGreaterThan(20);
      expect(queryForm(query.sparql)).toBe('solutions');
    }
  });

  it('read a multi-line description from the header comments', () => {
    const query = parseReadyMadeQuery('x', '# title: X\n# description: first line\n#   second line\nSELECT * {}');
    expect(query).toMatchObject({ title: 'X', description: 'first line second line' });
  });
});
