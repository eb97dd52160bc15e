import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { findAssertionKey } from './find-assertion-key.js';
import { createProfileKeyQuads } from './profile-key-quads.js';
import { parseTurtle, writeQuads } from './test-support/rdf.js';
import { W3C_PUBLIC_KEY_MULTIBASE } from './test-support/w3c-eddsa-vector.js';

const { quad, namedNode, literal } = DataFactory;
const webId = 'https://pods.example/amina/profile/card#me';
const keyId = 'https://pods.example/amina/profile/card#key-1';
const SEC = 'https://w3id.org/security#';
const profile = () => createProfileKeyQuads({ webId, keyId, publicKeyMultibase: W3C_PUBLIC_KEY_MULTIBASE });

describe('createProfileKeyQuads', () => {
  it('writes the key as vocab/examples/profile.ttl does', () => {
    const turtle = writeQuads(profile(), 'Turtle', { sec: SEC });
    const expected = parseTurtle(
      `@prefix sec: <${SEC}> .
       <#me> sec:assertionMethod <#key-1> .
       <#key-1> a sec:Multikey ; sec:controller <#me> ;
         sec:publicKeyMultibase "${W3C_PUBLIC_KEY_MULTIBASE}"^^sec:multibase .`,
      'https://pods.example/amina/profile/card',
    );
    expect(parseTurtle(turtle, 'https://pods.example/amina/profile/card')).toEqual(expected);
  });

  it('refuses a value that is not an Ed25519 Multikey', () => {
    expect(() => createProfileKeyQuads({ webId, keyId, publicKeyMultibase: 'z123' })).toThrow(TypeError);
  });
});

describe('findAssertionKey', () => {
  it('returns the key and its controller when the WebID lists it as an assertion method', () => {
    expect(findAssertionKey(profile(), keyId)).toEqual({ publicKey: W3C_PUBLIC_KEY_MULTIBASE, controller: webId });
  });

  it('refuses a key its controller does not list, an unknown key and a key that is not a Multikey', () => {
    const unlisted = profile().filter((q) => q.predicate.value !== `${SEC}assertionMethod`);
    expect(findAssertionKey(unlisted, keyId)).toBeUndefined();
    expect(findAssertionKey(profile(), `${keyId}-other`)).toBeUndefined();
    const untyped = profile().filter((q) => q.object.value !== `${SEC}Multikey`);
    expect(findAssertionKey(untyped, keyId)).toBeUndefined();
  });

  it('refuses a key that claims a controller which does not list it', () => {
    // Mallory's profile says her key is controlled by Amina; Amina's profile never listed it.
    const mallory = createProfileKeyQuads({ webId: 'https://pods.example/mallory/profile/card#me', keyId, publicKeyMultibase: W3C_PUBLIC_KEY_MULTIBASE })
      .map((q) => (q.predicate.value === `${SEC}controller` ? (quad(q.subject, q.predicate, namedNode(webId)) as Quad) : q));
    expect(findAssertionKey(mallory, keyId)).toBeUndefined();
  });

  it('refuses a key revoked before the time asked about', () => {
    const revoked = [...profile(), quad(namedNode(keyId), namedNode(`${SEC}revoked`), literal('2026-01-01T00:00:00Z', namedNode('http://www.w3.org/2001/XMLSchema#dateTime'))) as Quad];
    expect(findAssertionKey(revoked, keyId, { at: new Date('2026-06-01T00:00:00Z') })).toBeUndefined();
    expect(findAssertionKey(revoked, keyId, { at: new Date('2025-06-01T00:00:00Z') })).toBeDefined();
  });
});
