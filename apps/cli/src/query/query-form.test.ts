import { describe, expect, it } from 'vitest';
import { queryForm } from './query-form.js';

describe('queryForm', () => {
  it('tells solutions from graphs by the query keyword', () => {
    expect(queryForm('PREFIX ex: <http://ex/> SELECT * WHERE { ?s ?p ?o }')).toBe('solutions');
    expect(queryForm('ASK { ?s ?p ?o }')).toBe('solutions');
    expect(queryForm('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }')).toBe('graph');
    expect(queryForm('describe <http://ex/a>')).toBe('graph');
  });

  it('is not fooled by keywords in comments, IRIs or strings', () => {
    expect(queryForm('# CONSTRUCT nothing\nPREFIX c: <http://ex/CONSTRUCT#>\nSELECT ?s WHERE { ?s ?p "CONSTRUCT" }')).toBe('solutions');
  });

  it('refuses text that is not a query', () => {
    expect(() => queryForm('hello world')).toThrow(/Not a SPARQL query/);
  });
});
