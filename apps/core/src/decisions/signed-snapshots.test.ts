import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { readSnapshotTexts, snapshotQuad, snapshotText } from './signed-snapshots.internal.js';

const { quad, namedNode, literal } = DataFactory;
const DOC = 'https://group.example/decisions/p1/ballots';

describe('signed snapshots', () => {
  it('gives the same text for the same triples in any order', () => {
    const a = quad(namedNode('https://x.example/#a'), namedNode('https://x.example/p'), literal('1'));
    const b = quad(namedNode('https://x.example/#b'), namedNode('https://x.example/p'), literal('2'));
    expect(snapshotText([a, b])).toBe(snapshotText([b, a]));
  });

  it('keeps only snapshots whose text matches the hash in their name', async () => {
    const good = await snapshotQuad(DOC, 'original text\n');
    const appended = quad(good.subject, good.predicate, literal('text appended later by someone else\n'));
    const texts = await readSnapshotTexts(DOC, [good, appended, await snapshotQuad(DOC, 'another\n')]);
    expect(texts.sort()).toEqual(['another\n', 'original text\n']);
  });
});
