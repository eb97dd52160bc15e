import { describe, expect, it } from 'vitest';
import { chartData } from './chart-data.js';
import type { SparqlJsonResults, SparqlTerm } from './cli-api.internal.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const int = (n: number): SparqlTerm => ({ type: 'literal', value: String(n), datatype: `${XSD}integer` });
const text = (value: string): SparqlTerm => ({ type: 'literal', value });
const iri = (value: string): SparqlTerm => ({ type: 'uri', value });
const result = (vars: string[], bindings: Array<Record<string, SparqlTerm>>): SparqlJsonResults => ({
  head: { vars },
  results: { bindings },
});

describe('chartData', () => {
  it('labels bars with the first text column and makes a series of each numeric column', () => {
    const json = result(
      ['month', 'volume', 'transfers'],
      [
        { month: text('2026-01'), volume: int(120), transfers: int(4) },
        { month: text('2026-02'), volume: int(80) },
      ],
    );
    expect(chartData(json)).toEqual({
      labels: ['2026-01', '2026-02'],
      series: [
        { label: 'volume', data: [120, 80] },
        { label: 'transfers', data: [4, 0] },
      ],
    });
  });

  it('prefers a text column over an earlier IRI column for labels', () => {
    const json = result(
      ['member', 'name', 'balance'],
      [
        {
          member: iri('https://a.example/card#me'),
          name: text('Alice'),
          balance: { type: 'literal', value: '-2.5', datatype: `${XSD}decimal` },
        },
      ],
    );
    expect(chartData(json)).toEqual({ labels: ['Alice'], series: [{ label: 'balance', data: [-2.5] }] });
  });

  it('keeps bars apart when the first text column repeats, by joining the text columns', () => {
    const json = result(
      ['groupName', 'category', 'categoryLabel', 'offers'],
      [
        {
          groupName: text('SEL'),
          category: iri('https://g.example/cat#home'),
          categoryLabel: text('Home'),
          offers: int(2),
        },
        {
          groupName: text('SEL'),
          category: iri('https://g.example/cat#food'),
          categoryLabel: text('Food'),
          offers: int(1),
        },
      ],
    );
    expect(chartData(json)?.labels).toEqual(['SEL · Home', 'SEL · Food']);
  });

  it('gives no chart when no column is numeric, or a column mixes numbers and text', () => {
    expect(chartData(result(['name'], [{ name: text('Alice') }]))).toBeUndefined();
    expect(
      chartData(
        result(
          ['name', 'n'],
          [
            { name: text('a'), n: int(1) },
            { name: text('b'), n: text('many') },
          ],
        ),
      ),
    ).toBeUndefined();
    expect(chartData({ head: {}, boolean: true })).toBeUndefined();
  });
});
