import { describe, expect, it } from 'vitest';
import { formatCsv } from './format-csv.js';
import { formatTable } from './format-table.js';
import type { SparqlJsonResults } from '../query/query-result.js';

const results: SparqlJsonResults = {
  head: { vars: ['group', 'month', 'volume'] },
  results: {
    bindings: [
      { group: { type: 'uri', value: 'https://w3id.org/mutua/ns#Completed' }, month: { type: 'literal', value: '2026-09' }, volume: { type: 'literal', value: '12.5', datatype: 'http://www.w3.org/2001/XMLSchema#decimal' } },
      { group: { type: 'uri', value: 'http://pods.example/sel/profile/card#group' }, month: { type: 'literal', value: 'line\nbreak, "quoted"' }, volume: { type: 'literal', value: '7' } },
    ],
  },
};

describe('formatTable', () => {
  it('aligns columns, compacts vocabulary IRIs, right-aligns numbers and counts rows', () => {
    const lines = formatTable(results).split('\n');
    expect(lines[0]).toBe('group                                       month                 volume');
    expect(lines[1]).toBe('------------------------------------------  --------------------  ------');
    expect(lines[2]).toBe('mutua:Completed                             2026-09                 12.5');
    expect(lines[3]).toBe('http://pods.example/sel/profile/card#group  line break, "quoted"       7');
    expect(lines[4]).toBe('(2 rows)');
  });

  it('prints the answer of an ASK query', () => {
    expect(formatTable({ head: {}, boolean: true })).toBe('true\n');
  });
});

describe('formatCsv', () => {
  it('writes a header and quotes values that need it', () => {
    expect(formatCsv(results)).toBe('group,month,volume\r\nhttps://w3id.org/mutua/ns#Completed,2026-09,12.5\r\nhttp://pods.example/sel/profile/card#group,"line\nbreak, ""quoted""",7\r\n');
  });
});
