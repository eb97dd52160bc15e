import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from './key-pair.js';
import { exportMultikey } from './multikey.js';
import { RecordSigningError } from './record-signing-error.js';
import { signRecord } from './sign-record.js';
import { importW3cKeyPair } from './test-support/keys.js';
import { parseNQuads, parseTurtle, writeQuads } from './test-support/rdf.js';
import { AMINA_KEY, TRANSFER_TURTLE, TRANSFER_URL } from './test-support/transfer-record.js';
import { W3C_CANONICAL_DOCUMENT, W3C_CREATED, W3C_PROOF_VALUE, W3C_VERIFICATION_METHOD } from './test-support/w3c-eddsa-vector.js';

const SEC = 'https://w3id.org/security#';

describe('signRecord', () => {
  it('reproduces the proof value of the W3C eddsa-rdfc-2022 test vector', async () => {
    const { privateKey } = await importW3cKeyPair();
    const proof = await signRecord(parseNQuads(W3C_CANONICAL_DOCUMENT), {
      privateKey,
      verificationMethod: W3C_VERIFICATION_METHOD,
      created: W3C_CREATED,
      subject: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
    });
    expect(valueOf(proof, `${SEC}proofValue`)).toBe(W3C_PROOF_VALUE);
  });

  it('writes the proof node with the types standard verifiers expect', async () => {
    const { privateKey } = await generateKeyPair();
    const record = parseTurtle(TRANSFER_TURTLE, TRANSFER_URL);
    const proof = await signRecord(record, { privateKey, verificationMethod: AMINA_KEY, created: new Date('2026-03-05T17:42:11.456Z'), proofId: `${TRANSFER_URL}#proof-payer` });
    const nquads = writeQuads(proof, 'N-Quads');
    const node = `<${TRANSFER_URL}#proof-payer>`;
    expect(nquads).toContain(`<${TRANSFER_URL}#it> <${SEC}proof> ${node} .`);
    expect(nquads).toContain(`${node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${SEC}DataIntegrityProof> .`);
    expect(nquads).toContain(`${node} <${SEC}cryptosuite> "eddsa-rdfc-2022"^^<${SEC}cryptosuiteString> .`);
    expect(nquads).toContain(`${node} <http://purl.org/dc/terms/created> "2026-03-05T17:42:11Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`);
    expect(nquads).toContain(`${node} <${SEC}proofPurpose> <${SEC}assertionMethod> .`);
    expect(nquads).toMatch(new RegExp(`${escape(node)} <${escape(SEC)}proofValue> "z[1-9A-HJ-NP-Za-km-z]{85,88}"\\^\\^<${escape(SEC)}multibase> \\.`));
  });

  it('signs the record without its existing proofs, so two signers form a proof set', async () => {
    const [payer, payee] = [await generateKeyPair(), await generateKeyPair()];
    const record = parseTurtle(TRANSFER_TURTLE, TRANSFER_URL);
    const options = { verificationMethod: AMINA_KEY, created: '2026-03-05T17:42:11Z' };
    const first = await signRecord(record, { ...options, privateKey: payee.privateKey, proofId: `${TRANSFER_URL}#proof-payee` });
    const alone = await signRecord(record, { ...options, privateKey: payer.privateKey, proofId: `${TRANSFER_URL}#proof-payer` });
    const after = await signRecord([...record, ...first], { ...options, privateKey: payer.privateKey, proofId: `${TRANSFER_URL}#proof-payer` });
    expect(valueOf(after, `${SEC}proofValue`)).toBe(valueOf(alone, `${SEC}proofValue`));
  });

  it('refuses a record without a single main subject unless one is named', async () => {
    const { privateKey } = await generateKeyPair();
    const twoRoots = parseNQuads('<https://a/x> <https://a/p> "1" .\n<https://a/y> <https://a/p> "2" .\n');
    await expect(signRecord(twoRoots, { privateKey, verificationMethod: AMINA_KEY })).rejects.toThrow(RecordSigningError);
    await expect(signRecord(twoRoots, { privateKey, verificationMethod: AMINA_KEY, subject: 'https://a/x' })).resolves.toHaveLength(7);
  });

  it('refuses a created time without a time zone and a proof id already in use', async () => {
    const { privateKey } = await generateKeyPair();
    const record = parseTurtle(TRANSFER_TURTLE, TRANSFER_URL);
    await expect(signRecord(record, { privateKey, verificationMethod: AMINA_KEY, created: '2026-03-05T17:42:11' })).rejects.toThrow(/time zone/);
    const proofId = `${TRANSFER_URL}#proof-payer`;
    const proof = await signRecord(record, { privateKey, verificationMethod: AMINA_KEY, proofId });
    await expect(signRecord([...record, ...proof], { privateKey, verificationMethod: AMINA_KEY, proofId })).rejects.toThrow(/already has a proof/);
  });

  it('publishes keys whose Multikey form starts with z6Mk', async () => {
    const { publicKey } = await generateKeyPair();
    expect(await exportMultikey(publicKey)).toMatch(/^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/);
  });
});

function valueOf(quads: readonly Quad[], predicate: string): string | undefined {
  return quads.find((q) => q.predicate.value === predicate)?.object.value;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
