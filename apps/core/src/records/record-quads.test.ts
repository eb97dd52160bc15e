import { readFileSync } from 'node:fs';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { canonicalize } from '../signing/canonicalize.js';
import { recordFromQuads, recordToQuads } from './record-quads.js';
import { recordTypes, type RecordTypeName } from './record-types.js';
import { offerType } from './types/offer.js';
import type { RecordType } from './record-type.js';

const examplesDir = new URL('../../../../vocab/examples/', import.meta.url);

/** Each example names its own URL on its first line: "# Offer …: https://pods.example/…". */
function readExample(name: RecordTypeName): { url: string; quads: Quad[] } {
  const file = name === 'news' ? 'news' : name;
  const turtle = readFileSync(new URL(`${file}.ttl`, examplesDir), 'utf8');
  const documentUrl = /https:\/\/pods\.example\/\S+/.exec(turtle.split('\n')[0]!)![0];
  return { url: documentUrl, quads: new Parser({ baseIRI: documentUrl }).parse(turtle) };
}

describe('recordFromQuads and recordToQuads', () => {
  for (const name of Object.keys(recordTypes) as RecordTypeName[]) {
    it(`read the ${name} example and write back exactly its triples`, async () => {
      const type: RecordType = recordTypes[name];
      const { url, quads } = readExample(name);
      const record = recordFromQuads(type, quads, url);
      const written = recordToQuads(type, record);
      // Shared documents (profile card) also hold triples that belong to the pod server.
      const expected = type.document === 'shared' ? quads.filter((q) => written.some((w) => w.subject.equals(q.subject) && w.predicate.equals(q.predicate))) : quads;
      expect(await canonicalize(written)).toBe(await canonicalize(expected));
    });
  }

  it('decodes the offer example into plain data', () => {
    const { url, quads } = readExample('offer');
    const offer = recordFromQuads(offerType, quads, url);
    expect(offer).toMatchObject({
      url: `${url}#it`,
      purpose: 'offer',
      title: 'Bicycle repair and tune-up',
      intent: { action: 'service', categories: ['https://pods.example/brixton-lets/mutua/categories#repairs'] },
      price: { amount: 150, currency: 'https://pods.example/brixton-lets/mutua/currency#it' },
      location: { name: 'Brixton, London', country: 'GB' },
      visibility: 'membersOnly',
    });
    expect(offer.images).toEqual(['https://pods.example/amina/mutua/public/bike-1.jpg', 'https://pods.example/amina/mutua/public/bike-2.jpg']);
  });

  it('refuses a record with a missing required field and a malformed value, listing both', () => {
    const { url, quads } = readExample('offer');
    const broken = quads
      .filter((q) => q.predicate.value !== 'https://w3id.org/valueflows/ont/vf#name')
      .map((q) => (q.predicate.value.endsWith('#amount') ? new Parser().parse(`<${q.subject.value}> <${q.predicate.value}> "lots" .`)[0]! : q));
    let error: unknown;
    try {
      recordFromQuads(offerType, broken, url);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['https://w3id.org/valueflows/ont/vf#name', 'https://w3id.org/mutua/ns#priceHint']));
    expect((error as ValidationError).message).toMatch(/^Decoding <.*#it> failed: the offer does not match its shape \(2 problems\)/);
  });

  it('finds the record node when the URL has no fragment, and refuses an untyped node', () => {
    const { url, quads } = readExample('transfer');
    expect(recordFromQuads(recordTypes.transfer, quads, url).url).toBe(`${url}#it`);
    expect(() => recordFromQuads(recordTypes.offer, quads, `${url}#it`)).toThrow(/not typed https:\/\/w3id.org\/valueflows\/ont\/vf#Proposal/);
  });
});
