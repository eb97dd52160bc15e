import { createHash } from 'node:crypto';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { expandSnapshots, expandSnapshotsAsync } from './expand-snapshots.js';

const { namedNode, literal, quad } = DataFactory;
const doc = 'http://pods.example/sel/decisions/p1/ballots';
const vote =
  '<http://pods.example/ana/mutua/votes/v1#it> <https://w3id.org/mutua/ns#voter> <http://pods.example/ana/profile/card#me> .\n';
const hash = (text: string): string => createHash('sha256').update(text).digest('hex');
const RDF_VALUE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#value');

describe('expandSnapshots', () => {
  it('expands a snapshot whose node is named after its hash', () => {
    const [snapshot] = expandSnapshots({
      url: doc,
      etag: null,
      quads: [quad(namedNode(`${doc}#s-${hash(vote)}`), RDF_VALUE, literal(vote))],
    });
    expect(snapshot!.node).toBe(`${doc}#s-${hash(vote)}`);
    expect(snapshot!.quads.map((q) => q.object.value)).toEqual(['http://pods.example/ana/profile/card#me']);
  });

  it('ignores a snapshot filed under another hash, another document or that is not N-Quads', () => {
    const forged = vote.replace('ana/profile', 'eve/profile');
    expect(
      expandSnapshots({
        url: doc,
        etag: null,
        quads: [
          quad(namedNode(`${doc}#s-${hash(vote)}`), RDF_VALUE, literal(forged)),
          quad(namedNode(`http://elsewhere/ballots#s-${hash(vote)}`), RDF_VALUE, literal(vote)),
          quad(namedNode(`${doc}#s-${hash('not rdf')}`), RDF_VALUE, literal('not rdf')),
        ],
      }),
    ).toEqual([]);
  });

  it('expands the same snapshots with WebCrypto (browsers) as with Node’s hash', async () => {
    const forged = vote.replace('ana/profile', 'eve/profile');
    const resource = {
      url: doc,
      etag: null,
      quads: [
        quad(namedNode(`${doc}#s-${hash(vote)}`), RDF_VALUE, literal(vote)),
        quad(namedNode(`${doc}#s-${hash(vote)}x`), RDF_VALUE, literal(forged)),
      ],
    };
    const viaWebCrypto = await expandSnapshotsAsync(resource);
    expect(viaWebCrypto.map((s) => s.node)).toEqual([`${doc}#s-${hash(vote)}`]);
    expect(viaWebCrypto).toEqual(expandSnapshots(resource));
  });
});
