import { describe, expect, it } from 'vitest';
import { keyOf, memberKeys, MEMBERS, payment, signedRecord } from '../../../core/src/ledger/test-support/ledger-fixtures.js';
import { recordProofs } from './record-proofs.js';

const [amina, ben] = MEMBERS as [string, string];

describe('recordProofs', () => {
  it('lists each signature of a record with its key, suite and time', async () => {
    const { privateKeys } = await memberKeys();
    const request = payment(amina, ben, 300, { initiator: ben, time: '2026-03-05T17:42:10Z' });
    const proofs = recordProofs(await signedRecord(request, privateKeys), request.iri);
    expect(proofs.map((p) => p.verificationMethod).sort()).toEqual([keyOf(amina), keyOf(ben)].sort());
    expect(proofs[0]).toMatchObject({ cryptosuite: 'eddsa-rdfc-2022', created: '2026-03-05T17:42:10Z' });
  });
});
