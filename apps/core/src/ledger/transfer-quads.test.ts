import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { readTransfer } from './read-transfer.js';
import { transferToQuads } from './transfer-quads.js';
import { MEMBERS, payment } from './test-support/ledger-fixtures.js';

const [amina, ben] = MEMBERS as [string, string];

describe('transferToQuads / readTransfer', () => {
  it('round-trips every field, optional ones included', () => {
    const transfer = payment(amina, ben, 1250, {
      currency: 'https://pods.example/brixton-lets/mutua/currency#it',
      description: 'Sofa — "heavy"\nthree floors',
      offer: 'https://pods.example/ben/mutua/offers/moving-help#it',
      reverses: 'https://pods.example/brixton-lets/ledger/transfers/x#it',
    });
    expect(readTransfer(transferToQuads(transfer), transfer.iri)).toEqual(transfer);
  });

  it('reads the vocabulary example transfer', () => {
    const url = 'https://pods.example/brixton-lets/ledger/transfers/376b7c89-baf8-4bda-9b0b-513ebee1720c';
    const text = readFileSync(new URL('../../../../vocab/examples/transfer.ttl', import.meta.url), 'utf8');
    const quads = new Parser({ baseIRI: url }).parse(text) as Quad[];
    expect(readTransfer(quads)).toMatchObject({
      id: 'urn:uuid:376b7c89-baf8-4bda-9b0b-513ebee1720c',
      iri: `${url}#it`,
      payer: 'https://pods.example/amina/profile/card#me',
      payee: 'https://pods.example/ben/profile/card#me',
      amount: 1250,
      time: '2026-03-05T17:42:10Z',
    });
  });

  it('explains what is missing or malformed', () => {
    const transfer = payment(amina, ben, 10);
    const without = (p: string) => transferToQuads(transfer).filter((q) => !q.predicate.value.endsWith(p));
    expect(readTransfer(without('#payee'), transfer.iri)).toEqual({ problem: expect.stringMatching(/payee/) });
    expect(readTransfer(transferToQuads({ ...transfer, amount: 1.5 }), transfer.iri)).toEqual({ problem: 'transfer amount is not an xsd:integer' });
    expect(readTransfer(transferToQuads({ ...transfer, time: '2026-03-05T17:42:10' }), transfer.iri)).toEqual({ problem: expect.stringMatching(/time zone/) });
    expect(readTransfer([])).toEqual({ problem: expect.stringMatching(/exactly one mutua:Transfer/) });
  });
});
