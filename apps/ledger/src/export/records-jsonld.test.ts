import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { memberKeys, MEMBERS, payment, signedRecord } from '../../../core/src/ledger/test-support/ledger-fixtures.js';
import { canonicalize } from '../../../core/src/signing/canonicalize.js';
import { verifyRecord } from '../../../core/src/signing/verify-record.js';
import { jsonLdToNQuads, recordsToJsonLd } from './records-jsonld.js';

const [amina, ben] = MEMBERS as [string, string];

describe('recordsToJsonLd', () => {
  it('exports signed records that read back to the same canonical quads, and whose proofs still verify', async () => {
    const { privateKeys, resolveKey } = await memberKeys();
    const t = payment(amina, ben, 1250, { description: 'Réparation «vélo»' });
    const record = await signedRecord(t, privateKeys);
    const document = await recordsToJsonLd([record]);
    expect(document['@context']).toMatchObject({ mutua: 'https://w3id.org/mutua/ns#' });
    const back = new Parser({ format: 'N-Quads' }).parse(await jsonLdToNQuads(document));
    expect(await canonicalize(back)).toBe(await canonicalize(record));
    expect((await verifyRecord(back, { resolveKey, subject: t.iri })).verified).toBe(true);
  });
});
