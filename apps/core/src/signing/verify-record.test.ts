import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { verifyRecord } from './verify-record.js';
import { parseNQuads, parseTurtle, writeQuads } from './test-support/rdf.js';
import { signedTransfer } from './test-support/signed-transfer.js';
import { AMINA, AMINA_KEY, BEN, TRANSFER_URL } from './test-support/transfer-record.js';
import * as V from './test-support/w3c-eddsa-vector.js';

const { quad, namedNode, literal, blankNode } = DataFactory;
const SEC = 'https://w3id.org/security#';
const MUTUA = 'https://w3id.org/mutua/ns#';
const w3cKey = { publicKey: V.W3C_PUBLIC_KEY_MULTIBASE, controller: V.W3C_CONTROLLER };
const w3cProofQuads = (node: string, graph = '') =>
  V.W3C_CANONICAL_PROOF_CONFIG.replaceAll('_:c14n0', node).replaceAll(' .\n', `${graph} .\n`) +
  `${node} <${SEC}proofValue> "${V.W3C_PROOF_VALUE}"^^<${SEC}multibase>${graph} .\n`;

describe('verifyRecord', () => {
  it('verifies the W3C test vector with the proof node in the default graph, as Mutua stores it', async () => {
    const quads = parseNQuads(`${V.W3C_CANONICAL_DOCUMENT}<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <${SEC}proof> _:p .\n${w3cProofQuads('_:p')}`);
    const result = await verifyRecord(quads, { resolveKey: () => w3cKey });
    expect(result).toMatchObject({ verified: true, verificationMethod: V.W3C_VERIFICATION_METHOD });
    expect(result.proofs[0]).toMatchObject({ verified: true, controller: V.W3C_CONTROLLER, created: V.W3C_CREATED });
  });

  it('verifies the W3C test vector with the proof in its own graph, as JSON-LD produces it', async () => {
    const quads = parseNQuads(`${V.W3C_CANONICAL_DOCUMENT}<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <${SEC}proof> _:g .\n${w3cProofQuads('_:p', ' _:g')}`);
    expect((await verifyRecord(quads, { resolveKey: () => w3cKey })).verified).toBe(true);
  });

  it('verifies a transfer signed by payer and payee after a round trip through Turtle', async () => {
    const { record, proofs, resolveKey } = await signedTransfer();
    const stored = writeQuads([...record, ...proofs], 'Turtle', { mutua: MUTUA, sec: SEC });
    const result = await verifyRecord(parseTurtle(stored, TRANSFER_URL), { resolveKey });
    expect(result.verified).toBe(true);
    expect(result.proofs.map((p) => p.controller).sort()).toEqual([AMINA, BEN]);
  });

  it('detects a changed amount, party, description or added triple', async () => {
    const { record, proofs, resolveKey } = await signedTransfer();
    const it_ = namedNode(`${TRANSFER_URL}#it`);
    const changes: ((q: Quad) => Quad)[] = [
      (q) => (q.predicate.value === `${MUTUA}amount` ? (quad(q.subject, q.predicate, literal('12500', namedNode('http://www.w3.org/2001/XMLSchema#integer'))) as Quad) : q),
      (q) => (q.predicate.value === `${MUTUA}payee` ? (quad(q.subject, q.predicate, namedNode('https://pods.example/mallory/profile/card#me')) as Quad) : q),
      (q) => (q.predicate.value === 'http://purl.org/dc/terms/description' ? (quad(q.subject, q.predicate, literal(`${q.object.value} `)) as Quad) : q),
    ];
    for (const change of changes) {
      const result = await verifyRecord([...record.map(change), ...proofs], { resolveKey });
      expect(result).toMatchObject({ verified: false, reason: 'signature does not match the record' });
    }
    const added = quad(it_, namedNode(`${MUTUA}note`), literal('unsigned')) as Quad;
    expect((await verifyRecord([...record, added, ...proofs], { resolveKey })).verified).toBe(false);
  });

  it('detects a changed proof option and reports which proof failed', async () => {
    const { record, proofs, resolveKey } = await signedTransfer();
    const moved = proofs.map((q) =>
      q.subject.value.endsWith('#proof-payer') && q.predicate.value === 'http://purl.org/dc/terms/created'
        ? (quad(q.subject, q.predicate, literal('2026-03-06T00:00:00Z', namedNode('http://www.w3.org/2001/XMLSchema#dateTime'))) as Quad)
        : q,
    );
    const result = await verifyRecord([...record, ...moved], { resolveKey });
    expect(result).toMatchObject({ verified: false, verificationMethod: AMINA_KEY });
    expect(result.proofs.find((p) => p.proof.endsWith('#proof-payee'))?.verified).toBe(true);
  });

  it('refuses keys the resolver does not vouch for, and a record with no proof', async () => {
    const { record, proofs } = await signedTransfer();
    const result = await verifyRecord([...record, ...proofs], { resolveKey: () => undefined });
    expect(result).toMatchObject({ verified: false, reason: expect.stringMatching(/unknown or not an assertion method/) });
    expect(await verifyRecord(record, { resolveKey: () => undefined })).toEqual({ verified: false, reason: 'record has no proof', proofs: [] });
  });

  it('refuses a key that verifies someone else', async () => {
    const { record, proofs, resolveKey } = await signedTransfer();
    const swapped = await verifyRecord([...record, ...proofs], { resolveKey: async (method) => resolveKey(method === AMINA_KEY ? `${BEN}`.replace('#me', '#key-1') : method) });
    expect(swapped.verified).toBe(false);
  });

  it('explains malformed proofs instead of throwing', async () => {
    const { record, proofs, resolveKey } = await signedTransfer();
    const payer = namedNode(`${TRANSFER_URL}#proof-payer`);
    const cases: [Quad[], RegExp][] = [
      [[quad(payer, namedNode(`${SEC}proofValue`), literal('zzz')) as Quad], /2 proof values/],
      [[quad(payer, namedNode(`${SEC}previousProof`), namedNode(`${TRANSFER_URL}#proof-payee`)) as Quad], /proof chains/],
      [[quad(payer, namedNode(`${SEC}nonce`), blankNode()) as Quad], /blank-node value/],
      [[quad(payer, namedNode(`${SEC}cryptosuite`), literal('eddsa-2022')) as Quad], /cryptosuite/],
    ];
    for (const [extra, reason] of cases) {
      const result = await verifyRecord([...record, ...proofs, ...extra], { resolveKey });
      expect(result).toMatchObject({ verified: false, reason: expect.stringMatching(reason) });
    }
    const untyped = proofs.map((q) => (q.predicate.value === `${SEC}cryptosuite` ? (quad(q.subject, q.predicate, literal('eddsa-rdfc-2022')) as Quad) : q));
    expect((await verifyRecord([...record, ...untyped], { resolveKey })).reason).toMatch(/cryptosuiteString/);
    const purpose = await verifyRecord([...record, ...proofs], { resolveKey, proofPurpose: `${SEC}authenticationMethod` });
    expect(purpose.reason).toMatch(/proof purpose/);
  });
});
