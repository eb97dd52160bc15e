/** Fixtures for the signed and ledger records: marketplace entries, transfers, ledger entries. */
import { iri, term } from './fixture-kit.js';
import { dateTime, flag, integer, integerValid, link, missing, oneOf, text, textValid } from './fixture-rules.js';
import { WEBID, nested, place, proof, type TypeSpec } from './fixture-specs.js';

const AMINA = 'https://pods.example/amina/profile/card#me';
const SIG = 'z5h8yG4LPSqkFEWXWu25TQcYTZPvXFsFcfFhhLMYEN1qzv9pciELYakf14wEJ44Nj9wSfkU9oa79qc8SwF81PurB8';
const HASH = 'ab'.repeat(32);

export const LEDGER_SPECS: Record<string, TypeSpec> = {
  'marketplace-entry': {
    base: 'https://pods.example/brixton-lets/marketplace/amina-bike-repair',
    valid: [
      ...textValid('dcterms:title', 120),
      ...textValid('dcterms:description', 300),
      { name: 'want-three-categories', note: 'a want in three categories', edit: (d) => d.set('it', 'mutua:kind', term.iri('vf:request')).add('it', 'dcterms:subject', term.iri('https://pods.example/c#a'), term.iri('https://pods.example/c#b')) },
      { name: 'no-place', note: 'the place is optional', edit: (d) => d.remove('it', 'schema:location').drop('place') },
      { name: 'place-one-decimal', note: 'coordinates with fewer decimals are coarser still', edit: (d) => d.set('place', 'schema:latitude', term.dec('51.5')).set('place', 'schema:longitude', term.dec('-0.1')) },
      { name: 'place-without-coordinates', note: 'a place may be a name only', edit: (d) => d.remove('place', 'schema:latitude').remove('place', 'schema:longitude') },
      { name: 'blank-node-proof', note: 'a proof may be a blank node, as JSON-LD tools write it', edit: (d) => {
        const quads = d.store.getQuads(d.node('proof'), null, null, null);
        const blank = d.store.createBlankNode('p');
        d.drop('proof').set('it', 'sec:proof', blank);
        for (const q of quads) d.store.addQuad(blank, q.predicate, q.object);
      } },
    ],
    invalid: [
      ...link('mutua:offer', { required: true }),
      ...text('dcterms:title', 120, { required: true, nonBlank: true }),
      ...text('dcterms:description', 300),
      ...oneOf('mutua:kind', { required: true, other: 'vf:transfer', alternative: 'vf:request' }),
      missing('dcterms:subject'),
      { name: 'four-categories', note: 'at most three categories', path: iri('dcterms:subject'), edit: (d) => d.add('it', 'dcterms:subject', ...['a', 'b', 'c'].map((c) => term.iri(`https://pods.example/c#${c}`))) },
      { name: 'javascript-category', note: 'categories are https IRIs', path: iri('dcterms:subject'), edit: (d) => d.set('it', 'dcterms:subject', term.iri('javascript:alert(1)')) },
      ...dateTime('schema:expires', { required: true }),
      ...link('dcterms:creator', { required: true }),
      ...link('mutua:group', { required: true }),
      ...dateTime('dcterms:modified'),
      ...nested('schema:location', [
        ...place(),
        { name: 'place-latitude-fine', note: 'entry coordinates are rounded to two decimals', edit: (d) => d.set('place', 'schema:latitude', term.dec('51.4613')) },
        { name: 'place-longitude-fine', note: 'entry coordinates are rounded to two decimals', edit: (d) => d.set('place', 'schema:longitude', term.dec('-0.1156')) },
      ]),
      { name: 'two-places', note: 'one place per entry', path: iri('schema:location'), edit: (d) => d.add('it', 'schema:location', d.node('place-2')).add('place-2', 'schema:name', term.str('Paris')) },
      missing('sec:proof'),
      { name: 'three-proofs', note: 'at most two proofs', path: iri('sec:proof'), edit: (d) => d.add('it', 'sec:proof', d.node('proof-2'), d.node('proof-3')) },
      ...proof(),
    ],
  },

  transfer: {
    base: 'https://pods.example/brixton-lets/ledger/transfers/376b7c89-baf8-4bda-9b0b-513ebee1720c',
    valid: [
      ...integerValid('mutua:amount', [1, 1000000000000]),
      ...textValid('dcterms:description', 500),
      {
        name: 'request-signed-twice',
        note: 'a payee-initiated request, pending, then signed by the payer: two proofs',
        edit: (d) =>
          d.set('it', 'mutua:initiator', term.iri(WEBID)).set('it', 'mutua:status', term.iri('mutua:Completed')).add('it', 'sec:proof', d.node('proof-2'))
            .add('proof-2', 'rdf:type', term.iri('sec:DataIntegrityProof')).add('proof-2', 'sec:cryptosuite', term.typed('eddsa-rdfc-2022', 'sec:cryptosuiteString'))
            .add('proof-2', 'sec:verificationMethod', term.iri('https://pods.example/ben/profile/card#key-1')).add('proof-2', 'sec:proofPurpose', term.iri('sec:assertionMethod'))
            .add('proof-2', 'dcterms:created', term.dt('2026-03-05T18:00:00Z')).add('proof-2', 'sec:proofValue', term.typed(SIG, 'sec:multibase')),
      },
      { name: 'reversal', note: 'a reversing transfer links to the one it reverses', edit: (d) => d.add('it', 'mutua:reverses', term.iri('https://pods.example/brixton-lets/ledger/transfers/812f7e92-9370-49d7-a78e-740256105a86#it')).remove('it', 'mutua:offer') },
      { name: 'minimal', note: 'no description, no offer', edit: (d) => d.remove('it', 'dcterms:description').remove('it', 'mutua:offer') },
    ],
    invalid: [
      missing('dcterms:identifier'),
      { name: 'identifier-not-uuid', note: 'the identifier is a urn:uuid', path: iri('dcterms:identifier'), edit: (d) => d.set('it', 'dcterms:identifier', term.str('transfer-42')) },
      { name: 'identifier-upper-case', note: 'the UUID is lower-case', path: iri('dcterms:identifier'), edit: (d) => d.set('it', 'dcterms:identifier', term.str('urn:uuid:376B7C89-BAF8-4BDA-9B0B-513EBEE1720C')) },
      { name: 'identifier-as-iri', note: 'the identifier is a string literal', path: iri('dcterms:identifier'), edit: (d) => d.set('it', 'dcterms:identifier', term.iri('urn:uuid:376b7c89-baf8-4bda-9b0b-513ebee1720c')) },
      { name: 'two-identifiers', note: 'one identifier', path: iri('dcterms:identifier'), edit: (d) => d.add('it', 'dcterms:identifier', term.str('urn:uuid:9a597325-1ff6-4363-8b87-ee47416d4c98')) },
      ...link('mutua:payer', { required: true }),
      ...link('mutua:payee', { required: true }),
      { name: 'payee-is-payer', note: 'nobody pays themselves', path: iri('mutua:payee'), edit: (d) => d.set('it', 'mutua:payee', term.iri(AMINA)) },
      ...integer('mutua:amount', { required: true, min: 1, max: 1000000000000 }),
      { name: 'negative-amount', note: 'negative amounts are refused (reverse instead)', path: iri('mutua:amount'), edit: (d) => d.set('it', 'mutua:amount', term.int(-1250)) },
      { name: 'decimal-amount', note: '12.50 must be written 1250 minor units', path: iri('mutua:amount'), edit: (d) => d.set('it', 'mutua:amount', term.dec('12.50')) },
      { name: 'double-amount', note: 'floating point amounts are refused', path: iri('mutua:amount'), edit: (d) => d.set('it', 'mutua:amount', term.typed('1.25E3', 'xsd:double')) },
      ...link('mutua:currency', { required: true }),
      ...link('mutua:group', { required: true }),
      ...text('dcterms:description', 500),
      ...link('mutua:offer'),
      ...dateTime('dcterms:created', { required: true }),
      ...link('mutua:initiator', { required: true }).filter((f) => !f.name.startsWith('literal-for')),
      { name: 'initiator-third-party', note: 'the initiator is the payer or the payee', path: null, edit: (d) => d.set('it', 'mutua:initiator', term.iri('https://pods.example/carol/profile/card#me')) },
      ...oneOf('mutua:status', { required: true, other: 'mutua:Accepted', alternative: 'mutua:Pending' }),
      ...link('mutua:reverses'),
      missing('sec:proof'),
      { name: 'three-proofs', note: 'at most two proofs', path: iri('sec:proof'), edit: (d) => d.add('it', 'sec:proof', d.node('proof-2'), d.node('proof-3')) },
      ...proof(),
    ],
  },

  'ledger-entry': {
    base: 'https://pods.example/brixton-lets/ledger/entries/42',
    valid: [
      { name: 'genesis', note: 'entry 0 names 64 zeros as previous hash', edit: (d) => d.set('it', 'mutua:sequence', term.int(0)).set('it', 'mutua:previousHash', term.str('0'.repeat(64))) },
      { name: 'no-transfer-hash', note: 'the transfer hash is optional', edit: (d) => d.remove('it', 'mutua:transferHash').remove('it', 'dcterms:created') },
    ],
    invalid: [
      ...link('mutua:group', { required: true }),
      ...integer('mutua:sequence', { required: true, min: 0 }),
      missing('mutua:previousHash'),
      { name: 'previous-hash-upper-case', note: 'hashes are lower-case hex', path: iri('mutua:previousHash'), edit: (d) => d.set('it', 'mutua:previousHash', term.str('AB'.repeat(32))) },
      { name: 'previous-hash-short', note: 'a SHA-256 hash is 64 hex characters', path: iri('mutua:previousHash'), edit: (d) => d.set('it', 'mutua:previousHash', term.str('abcd')) },
      { name: 'previous-hash-two', note: 'one previous hash', path: iri('mutua:previousHash'), edit: (d) => d.add('it', 'mutua:previousHash', term.str(HASH)) },
      ...link('mutua:transfer', { required: true }),
      { name: 'transfer-hash-base64', note: 'the transfer hash is hex, not base64', path: iri('mutua:transferHash'), edit: (d) => d.set('it', 'mutua:transferHash', term.str('XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQtg=')) },
      { name: 'transfer-hash-two', note: 'one transfer hash', path: iri('mutua:transferHash'), edit: (d) => d.add('it', 'mutua:transferHash', term.str(HASH)) },
      missing('mutua:entryHash'),
      { name: 'entry-hash-not-hex', note: 'hex characters only', path: iri('mutua:entryHash'), edit: (d) => d.set('it', 'mutua:entryHash', term.str('g'.repeat(64))) },
      { name: 'entry-hash-is-previous', note: 'an entry cannot repeat the previous hash as its own', path: iri('mutua:entryHash'), edit: (d) => d.set('it', 'mutua:entryHash', term.str('9f2c4d1e0b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d')) },
      ...dateTime('dcterms:created'),
    ],
  },
  'ledger-settings': {
    base: 'https://pods.example/brixton-lets/ledger-settings/000000002',
    valid: [
      ...integerValid('mutua:paymentRequestLifetimeDays', [1, 365]),
      { name: 'first-record', note: 'record 0 starts the history', edit: (d) => d.set('it', 'mutua:sequence', term.int(0)) },
      { name: 'no-creator', note: 'who changed the settings is optional', edit: (d) => d.remove('it', 'dcterms:creator') },
      { name: 'acknowledgement-only', note: 'requests off, payees acknowledge payments', edit: (d) => d.set('it', 'mutua:membersMayRequestPayments', term.bool(false)).set('it', 'mutua:payeeMustAcknowledge', term.bool(true)) },
    ],
    invalid: [
      ...link('mutua:group', { required: true }),
      ...integer('mutua:sequence', { required: true, min: 0 }),
      ...dateTime('dcterms:created', { required: true }),
      ...link('dcterms:creator'),
      missing('mutua:membersMayRequestPayments'),
      ...flag('mutua:membersMayRequestPayments'),
      ...integer('mutua:paymentRequestLifetimeDays', { required: true, min: 1, max: 365 }),
      missing('mutua:payeeMustAcknowledge'),
      ...flag('mutua:payeeMustAcknowledge'),
    ],
  },
  'limit-settings': {
    base: 'https://pods.example/brixton-lets/limit-settings/000000001',
    valid: [
      ...integerValid('mutua:minimumBalance', [0]),
      ...integerValid('mutua:maximumBalance', [0]),
      { name: 'first-record', note: 'record 0 starts the history', edit: (d) => d.set('it', 'mutua:sequence', term.int(0)) },
      { name: 'no-creator', note: 'who changed the limits is optional', edit: (d) => d.remove('it', 'dcterms:creator') },
      {
        name: 'member-override',
        note: "a member's new minimum, with no override before",
        edit: (d) =>
          d
            .set('it', 'mutua:member', term.iri('https://pods.example/ben/profile/card#me'))
            .remove('it', 'mutua:maximumBalance')
            .remove('it', 'mutua:previousMinimumBalance')
            .remove('it', 'mutua:previousMaximumBalance'),
      },
    ],
    invalid: [
      ...link('mutua:group', { required: true }),
      ...integer('mutua:sequence', { required: true, min: 0 }),
      ...dateTime('dcterms:created', { required: true }),
      ...link('dcterms:creator'),
      ...link('mutua:member'),
      ...integer('mutua:minimumBalance', { max: 0 }),
      ...integer('mutua:maximumBalance', { min: 0 }),
      ...integer('mutua:previousMinimumBalance', { max: 0 }),
      ...integer('mutua:previousMaximumBalance', { min: 0 }),
    ],
  },
};
