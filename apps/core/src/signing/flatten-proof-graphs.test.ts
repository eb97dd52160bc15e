import { describe, expect, it } from 'vitest';
import { flattenProofGraphs } from './flatten-proof-graphs.js';
import { parseNQuads, writeQuads } from './test-support/rdf.js';

const SEC = 'https://w3id.org/security#';
const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

describe('flattenProofGraphs', () => {
  it('moves each proof graph into the default graph and links the proof node itself', () => {
    const quads = parseNQuads(
      `<https://a/t#it> <${SEC}proof> _:g1 .\n` +
        `_:p1 <${TYPE}> <${SEC}DataIntegrityProof> _:g1 .\n_:p1 <${SEC}proofValue> "z1" _:g1 .\n` +
        `<https://a/t#it> <https://a/ns#amount> "5" .\n`,
    );
    const flat = writeQuads(flattenProofGraphs(quads), 'N-Quads');
    expect(flat).toMatch(/<https:\/\/a\/t#it> <https:\/\/w3id.org\/security#proof> _:\S*p1 \./);
    expect(flat).not.toContain('g1');
    expect(flat).toContain('<https://a/t#it> <https://a/ns#amount> "5" .');
  });

  it('leaves graphs that are not proofs alone', () => {
    const quads = parseNQuads('<https://a/s> <https://a/p> "x" <https://a/g> .\n');
    expect(flattenProofGraphs(quads)).toEqual(quads);
  });
});
