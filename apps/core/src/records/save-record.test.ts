import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { recordFromQuads, recordToQuads } from './record-quads.js';
import { saveRecord } from './save-record.js';
import { sharedDocumentChange } from './shared-document-change.internal.js';
import { offerType, saveOffer, type Offer } from './types/offer.js';
import { profileType } from './types/profile.js';

const examples = new URL('../../../../vocab/examples/', import.meta.url);

function example(name: string, url: string) {
  return new Parser({ baseIRI: url }).parse(readFileSync(new URL(`${name}.ttl`, examples), 'utf8'));
}

describe('saveRecord', () => {
  it('refuses an invalid offer with the shape messages in three languages before sending anything', async () => {
    const url = 'https://pods.example/amina/mutua/offers/bike-repair';
    const offer = recordFromQuads(offerType, example('offer', url), url);
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      return new Response(null, { status: 201 });
    }) as typeof globalThis.fetch;
    const invalid: Offer = { ...offer, title: '   ', groups: [] };
    const error = await saveOffer(invalid, { fetch }).catch((e: unknown) => e);
    expect(calls).toBe(0);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => i.path).sort()).toEqual(['https://w3id.org/valueflows/ont/vf#name', 'https://w3id.org/valueflows/ont/vf#proposedTo']);
    expect(issues.every((i) => i.message.en && i.message.fr && i.message.es)).toBe(true);
    expect((error as Error).message).toMatch(/^Saving offer <https:\/\/pods\.example\/amina\/mutua\/offers\/bike-repair#it> failed: the offer does not match its shape \(2 problems\)/);
  });

  it('refuses a profile without a name before reading or patching the card', async () => {
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      return new Response('');
    }) as typeof globalThis.fetch;
    const profile = { url: 'https://pods.example/amina/profile/card#me', name: '', skills: [], storage: [], keys: [], memberOf: [] };
    await expect(saveRecord(profileType, profile, { fetch })).rejects.toThrow(ValidationError);
    expect(calls).toBe(0);
  });
});

describe('sharedDocumentChange', () => {
  const url = 'https://pods.example/amina/profile/card';
  const me = `${url}#me`;
  const card = example('profile', url);
  const foreign = new Parser({ baseIRI: url }).parse(`
    <#me> <http://xmlns.com/foaf/0.1/nick> "ami" ; <https://schema.org/location> <#place> .
    <#place> <http://www.w3.org/2003/01/geo/wgs84_pos#alt> "12" ; a <http://example.org/Spot> .
  `);
  const current = [...card, ...foreign];
  const profile = recordFromQuads(profileType, current, me);
  const spec = { types: profileType.types, fields: profileType.fields };
  const toQuads = (p: typeof profile) => recordToQuads(profileType, p);

  it('changes only the fields that changed and never touches other apps’ triples', () => {
    const change = sharedDocumentChange(spec, me, current, toQuads({ ...profile, name: 'Amina O.', location: { name: 'Herne Hill', country: 'GB' } }));
    const show = (qs: readonly { predicate: { value: string }; object: { value: string } }[]) => qs.map((q) => `${q.predicate.value.replace(/^.*[#/]/, '')}=${q.object.value}`).sort();
    expect(show(change.deletes)).toEqual(['latitude=51.46', 'longitude=-0.11', 'name=Amina Okafor', 'name=Brixton, London']);
    expect(show(change.inserts)).toEqual(['name=Amina O.', 'name=Herne Hill']);
    const untouched = [...foreign, ...card.filter((q) => q.subject.value === url)];
    expect(change.deletes.some((d) => untouched.some((u) => u.equals(d)))).toBe(false);
  });

  it('produces an empty change when nothing changed', () => {
    const change = sharedDocumentChange(spec, me, current, toQuads(profile));
    expect(change).toEqual({ deletes: [], inserts: [] });
  });
});
