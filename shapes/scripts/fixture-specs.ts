/** Which fixtures each record type gets: boundary-valid variants and one invalid case per constraint. */
import { iri, term } from './fixture-kit.js';
import {
  dateTime, decimal, flag, integer, integerValid, link, missing, oneOf, text, textValid, type Fixture,
} from './fixture-rules.js';

export interface TypeSpec {
  /** URL of the example document (its base IRI). */
  readonly base: string;
  readonly valid: Fixture[];
  readonly invalid: Fixture[];
}

/** Failures inside a nested node (sh:node) are reported on the property that links to it. */
export function nested(outer: string, fixtures: Fixture[]): Fixture[] {
  return fixtures.map((f) => ({ ...f, name: f.name, path: iri(outer) }));
}

export const place = (fragment = 'place'): Fixture[] => [
  ...text('schema:name', 120, { fragment, required: true, nonBlank: true }),
  { name: 'place-lowercase-country', note: 'schema:addressCountry is an upper-case ISO code', edit: (d) => d.set(fragment, 'schema:addressCountry', term.str('gb')) },
  { name: 'place-latitude-100', note: 'schema:latitude above 90', edit: (d) => d.set(fragment, 'schema:latitude', term.dec('100.5')) },
  { name: 'place-longitude-integer', note: 'schema:longitude must be xsd:decimal', edit: (d) => d.set(fragment, 'schema:longitude', term.int(3)) },
  { name: 'place-longitude-200', note: 'schema:longitude below -180', edit: (d) => d.set(fragment, 'schema:longitude', term.dec('-200.0')) },
];

export const proof = (outer = 'sec:proof', fragment = 'proof'): Fixture[] =>
  nested(outer, [
    { name: 'proof-wrong-type', note: 'a proof must be typed sec:DataIntegrityProof', edit: (d) => d.set(fragment, 'rdf:type', term.iri('sec:Ed25519Signature2020')) },
    { name: 'proof-plain-cryptosuite', note: 'sec:cryptosuite must be typed sec:cryptosuiteString', edit: (d) => d.set(fragment, 'sec:cryptosuite', term.str('eddsa-rdfc-2022')) },
    { name: 'proof-other-cryptosuite', note: 'only eddsa-rdfc-2022 is accepted', edit: (d) => d.set(fragment, 'sec:cryptosuite', term.typed('ecdsa-rdfc-2019', 'sec:cryptosuiteString')) },
    { name: 'proof-missing-cryptosuite', note: 'sec:cryptosuite is required', edit: (d) => d.remove(fragment, 'sec:cryptosuite') },
    { name: 'proof-method-without-fragment', note: 'sec:verificationMethod names a key (#fragment)', edit: (d) => d.set(fragment, 'sec:verificationMethod', term.iri('https://pods.example/amina/profile/card')) },
    { name: 'proof-javascript-method', note: 'sec:verificationMethod must be https', edit: (d) => d.set(fragment, 'sec:verificationMethod', term.iri('javascript:alert(1)#k')) },
    { name: 'proof-authentication-purpose', note: 'sec:proofPurpose must be sec:assertionMethod', edit: (d) => d.set(fragment, 'sec:proofPurpose', term.iri('sec:authentication')) },
    { name: 'proof-no-created', note: 'dcterms:created is required on a proof', edit: (d) => d.remove(fragment, 'dcterms:created') },
    { name: 'proof-created-no-timezone', note: 'the proof time needs a time zone', edit: (d) => d.set(fragment, 'dcterms:created', term.dt('2026-03-05T17:42:11')) },
    { name: 'proof-value-untyped', note: 'sec:proofValue must be typed sec:multibase', edit: (d) => d.set(fragment, 'sec:proofValue', term.str('z' + '3'.repeat(87))) },
    { name: 'proof-value-base64', note: 'sec:proofValue must be base58btc (z…)', edit: (d) => d.set(fragment, 'sec:proofValue', term.typed('uSGVsbG8gd29ybGQ=', 'sec:multibase')) },
    { name: 'proof-value-short', note: 'a 64-byte signature is 86-88 base58 characters', edit: (d) => d.set(fragment, 'sec:proofValue', term.typed('z3cpFs9CP2pp', 'sec:multibase')) },
    { name: 'proof-two-values', note: 'one sec:proofValue per proof', edit: (d) => d.add(fragment, 'sec:proofValue', term.typed('z' + '4'.repeat(87), 'sec:multibase')) },
  ]);

export const GROUP = 'https://pods.example/brixton-lets/profile/card#group';
export const WEBID = 'https://pods.example/ben/profile/card#me';

/** Every record type's fixtures, by type name (= shape file name). */
export const SPECS: Record<string, TypeSpec> = {
  profile: {
    base: 'https://pods.example/amina/profile/card',
    valid: [
      ...textValid('foaf:name', 100),
      { name: 'minimal', note: 'a fresh CSS profile with only a name', edit: (d) => ['vcard:hasPhoto', 'vcard:note', 'schema:knowsAbout', 'schema:location', 'ldp:inbox', 'pim:storage', 'sec:assertionMethod', 'schema:memberOf', 'solid:oidcIssuer'].forEach((p) => d.remove('me', p)) },
      { name: 'two-keys', note: 'a member may publish a second key while rotating', edit: (d) => d.add('me', 'sec:assertionMethod', d.node('key-2')).add('key-2', 'rdf:type', term.iri('sec:Multikey')).add('key-2', 'sec:controller', d.node('me')).add('key-2', 'sec:publicKeyMultibase', term.typed('z6MkoZC4gaf3wEm8JDr8wpwKsdiNLQxoTPYDXW9ipB4dfuoL', 'sec:multibase')) },
    ],
    invalid: [
      ...text('foaf:name', 100, { fragment: 'me', required: true, nonBlank: true }),
      ...link('vcard:hasPhoto', { fragment: 'me' }),
      ...text('vcard:note', 2000, { fragment: 'me' }).filter((f) => !f.name.startsWith('too-many')),
      { name: 'too-many-skills', note: 'at most 30 skills', path: iri('schema:knowsAbout'), edit: (d) => d.add('me', 'schema:knowsAbout', ...Array.from({ length: 30 }, (_, i) => term.str(`skill ${i}`))) },
      { name: 'oversize-skill', note: 'a skill is at most 80 characters', path: iri('schema:knowsAbout'), edit: (d) => d.add('me', 'schema:knowsAbout', term.str('y'.repeat(81))) },
      { name: 'empty-skill', note: 'a skill is not empty', path: iri('schema:knowsAbout'), edit: (d) => d.add('me', 'schema:knowsAbout', term.str('')) },
      ...link('ldp:inbox', { fragment: 'me' }),
      { name: 'javascript-storage', note: 'pim:storage must be https', path: iri('pim:storage'), edit: (d) => d.add('me', 'pim:storage', term.iri('javascript:alert(1)')) },
      { name: 'javascript-group', note: 'schema:memberOf must be https', path: iri('schema:memberOf'), edit: (d) => d.add('me', 'schema:memberOf', term.iri('javascript:alert(1)')) },
      ...nested('schema:location', place().map((f) => ({ ...f, name: f.name.replace('place-name', 'place-name') }))),
      { name: 'two-places', note: 'one place per profile', path: iri('schema:location'), edit: (d) => d.add('me', 'schema:location', d.node('place-2')).add('place-2', 'schema:name', term.str('Paris')) },
      ...nested('sec:assertionMethod', [
        { name: 'key-not-multikey', note: 'a key must be typed sec:Multikey', edit: (d) => d.set('key-1', 'rdf:type', term.iri('sec:Ed25519VerificationKey2020')) },
        { name: 'key-no-controller', note: 'a key needs a controller', edit: (d) => d.remove('key-1', 'sec:controller') },
        { name: 'key-untyped-multibase', note: 'sec:publicKeyMultibase must be typed sec:multibase', edit: (d) => d.set('key-1', 'sec:publicKeyMultibase', term.str('z6MkkY8JrsHV5ECqn1hgNDJVThJ61WMbA1yNHfxK96o4hMVC')) },
        { name: 'key-not-ed25519', note: 'only Ed25519 Multikeys (z6Mk…) are accepted', edit: (d) => d.set('key-1', 'sec:publicKeyMultibase', term.typed('zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169', 'sec:multibase')) },
        { name: 'key-not-described', note: 'the key must be described in the profile', edit: (d) => d.drop('key-1') },
        { name: 'key-javascript', note: 'the key IRI must be https', edit: (d) => d.set('me', 'sec:assertionMethod', term.iri('javascript:alert(1)')) },
      ]),
    ],
  },

  group: {
    base: 'https://pods.example/brixton-lets/profile/card',
    valid: [
      ...textValid('schema:name', 120, 'group'),
      { name: 'minimal', note: 'a group with only a name and a currency', edit: (d) => ['schema:description', 'schema:logo', 'schema:location', 'schema:url', 'schema:knowsLanguage', 'mutua:categoryScheme', 'mutua:defaultVotingMethod', 'mutua:defaultQuorum', 'mutua:defaultApprovalThreshold', 'mutua:partnerGroup', 'ldp:inbox', 'mutua:memberships'].forEach((p) => d.remove('group', p)) },
      { name: 'quorum-bounds', note: 'quorum 0.0 and threshold 1.0 are accepted', edit: (d) => d.set('group', 'mutua:defaultQuorum', term.dec('0.0')).set('group', 'mutua:defaultApprovalThreshold', term.dec('1.0')) },
      { name: 'only-admins-open-proposals', note: 'a group may keep proposals to its admins (xsd:boolean)', edit: (d) => d.set('group', 'mutua:onlyAdminsOpenProposals', term.bool(true)) },
      { name: 'members-may-post-news', note: 'members may be allowed to post news (xsd:boolean)', edit: (d) => d.set('group', 'mutua:membersMayPostNews', term.bool(true)) },
      { name: 'requests-not-allowed', note: 'a group may refuse payment requests (xsd:boolean)', edit: (d) => d.set('group', 'mutua:membersMayRequestPayments', term.bool(false)) },
      ...integerValid('mutua:paymentRequestLifetimeDays', [1, 365], 'group'),
      { name: 'payee-must-acknowledge', note: 'a group may ask payees to countersign payments (xsd:boolean)', edit: (d) => d.set('group', 'mutua:payeeMustAcknowledge', term.bool(true)) },
    ],
    invalid: [
      ...text('schema:name', 120, { fragment: 'group', required: true, nonBlank: true }),
      ...text('schema:description', 4000, { fragment: 'group' }),
      ...link('schema:logo', { fragment: 'group' }),
      ...link('schema:url', { fragment: 'group' }),
      ...nested('schema:location', place()),
      { name: 'bad-language-tag', note: 'languages are BCP 47 tags', path: iri('schema:knowsLanguage'), edit: (d) => d.add('group', 'schema:knowsLanguage', term.str('English')) },
      ...link('mutua:currency', { fragment: 'group', required: true }),
      ...link('mutua:categoryScheme', { fragment: 'group' }),
      ...oneOf('mutua:defaultVotingMethod', { fragment: 'group', other: 'mutua:Block', alternative: 'mutua:ScoreVoting' }),
      ...decimal('mutua:defaultQuorum', { fragment: 'group', min: '0', max: '1' }),
      ...decimal('mutua:defaultApprovalThreshold', { fragment: 'group', min: '0', max: '1', exclusiveMin: true }),
      { name: 'javascript-partner', note: 'partner groups are https IRIs', path: iri('mutua:partnerGroup'), edit: (d) => d.add('group', 'mutua:partnerGroup', term.iri('javascript:alert(1)')) },
      ...link('ldp:inbox', { fragment: 'group' }),
      ...link('mutua:memberships', { fragment: 'group' }),
      { name: 'text-group-onlyAdminsOpenProposals', note: 'mutua:onlyAdminsOpenProposals must be a boolean, not text', path: iri('mutua:onlyAdminsOpenProposals'), edit: (d) => d.set('group', 'mutua:onlyAdminsOpenProposals', term.str('yes')) },
      { name: 'two-group-onlyAdminsOpenProposals', note: 'mutua:onlyAdminsOpenProposals is given at most once', path: iri('mutua:onlyAdminsOpenProposals'), edit: (d) => d.set('group', 'mutua:onlyAdminsOpenProposals', term.bool(true)).add('group', 'mutua:onlyAdminsOpenProposals', term.bool(false)) },
      { name: 'text-group-membersMayPostNews', note: 'mutua:membersMayPostNews must be a boolean, not text', path: iri('mutua:membersMayPostNews'), edit: (d) => d.set('group', 'mutua:membersMayPostNews', term.str('yes')) },
      { name: 'two-group-membersMayPostNews', note: 'mutua:membersMayPostNews is given at most once', path: iri('mutua:membersMayPostNews'), edit: (d) => d.set('group', 'mutua:membersMayPostNews', term.bool(true)).add('group', 'mutua:membersMayPostNews', term.bool(false)) },
      ...flag('mutua:membersMayRequestPayments', 'group'),
      ...flag('mutua:payeeMustAcknowledge', 'group'),
      ...integer('mutua:paymentRequestLifetimeDays', { fragment: 'group', min: 1, max: 365 }),
    ],
  },

  currency: {
    base: 'https://pods.example/brixton-lets/mutua/currency',
    valid: [
      ...integerValid('mutua:decimals', [0, 4]),
      { name: 'zero-limits', note: 'limits of zero (no credit) are accepted', edit: (d) => d.set('it', 'mutua:defaultMinimumBalance', term.int(0)).set('it', 'mutua:defaultMaximumBalance', term.int(0)) },
      { name: 'unicode-symbol', note: 'a one-character symbol such as ħ', edit: (d) => d.set('it', 'mutua:symbol', term.str('ħ')) },
    ],
    invalid: [
      ...text('schema:name', 60, { required: true, nonBlank: true }),
      { name: 'missing-symbol', note: 'mutua:symbol is required', path: iri('mutua:symbol'), edit: (d) => d.remove('it', 'mutua:symbol') },
      { name: 'symbol-with-space', note: 'a symbol has no spaces', path: iri('mutua:symbol'), edit: (d) => d.set('it', 'mutua:symbol', term.str('B H')) },
      { name: 'symbol-too-long', note: 'a symbol is at most 8 characters', path: iri('mutua:symbol'), edit: (d) => d.set('it', 'mutua:symbol', term.str('BRIXTONHR')) },
      ...integer('mutua:decimals', { required: true, min: 0, max: 4 }),
      ...integer('mutua:defaultMinimumBalance', { required: true, max: 0 }),
      ...integer('mutua:defaultMaximumBalance', { required: true, min: 0 }),
      ...link('mutua:referenceUnit'),
      ...decimal('mutua:referenceRate', { min: '0', exclusiveMin: true }),
      ...link('mutua:group'),
      ...dateTime('dcterms:modified'),
    ],
  },

  membership: {
    base: 'https://pods.example/brixton-lets/mutua/members/amina',
    valid: [
      { name: 'admin-removed', note: 'a removed admin, with the end of membership', edit: (d) => d.set('it', 'mutua:role', term.iri('mutua:AdminRole')).set('it', 'mutua:status', term.iri('mutua:Removed')).set('it', 'schema:endDate', term.dt('2026-09-01T10:00:00Z')) },
      { name: 'no-overrides', note: 'without personal limits the currency defaults apply', edit: (d) => d.remove('it', 'mutua:minimumBalance').remove('it', 'mutua:maximumBalance') },
      { name: 'offset-timezone', note: 'a time zone offset instead of Z', edit: (d) => d.set('it', 'schema:startDate', term.dt('2026-02-01T18:30:00-05:00')) },
    ],
    invalid: [
      ...link('mutua:group', { required: true }),
      ...link('mutua:member', { required: true }),
      ...oneOf('mutua:role', { required: true, other: 'mutua:Public', alternative: 'mutua:AdminRole' }),
      ...oneOf('mutua:status', { required: true, other: 'mutua:Pending', alternative: 'mutua:Removed' }),
      ...dateTime('schema:startDate', { required: true }),
      ...dateTime('schema:endDate'),
      ...integer('mutua:minimumBalance', { max: 0 }),
      ...integer('mutua:maximumBalance', { min: 0 }),
    ],
  },

  'join-request': {
    base: 'https://pods.example/brixton-lets/inbox/63ac2e8d',
    valid: [
      ...textValid('as:content', 2000),
      { name: 'no-message', note: 'the message is optional', edit: (d) => d.remove('it', 'as:content') },
      { name: 'accepted', note: 'an accepted request', edit: (d) => d.set('it', 'mutua:status', term.iri('mutua:Accepted')) },
    ],
    invalid: [
      ...link('as:actor', { required: true }),
      ...link('as:object', { required: true }),
      ...text('as:content', 2000),
      ...dateTime('as:published', { required: true }),
      ...oneOf('mutua:status', { required: true, other: 'mutua:Completed', alternative: 'mutua:Declined' }),
    ],
  },

  offer: {
    base: 'https://pods.example/amina/mutua/offers/bike-repair',
    valid: [
      ...textValid('vf:name', 120),
      ...textValid('vf:note', 4000),
      {
        name: 'want-free',
        note: 'a want: vf:request, the author receives, free',
        edit: (d) => d.set('it', 'vf:purpose', term.iri('vf:request')).remove('intent', 'vf:provider').add('intent', 'vf:receiver', term.iri(WEBID)).set('it', 'mutua:priceHint', term.iri('mutua:Free')).drop('price'),
      },
      { name: 'negotiable-loan', note: 'a loan (vf:transferCustody) at a negotiable price', edit: (d) => d.set('intent', 'vf:action', term.iri('vf:transferCustody')).set('it', 'mutua:priceHint', term.iri('mutua:Negotiable')).drop('price') },
      {
        name: 'minimal',
        note: 'only the required fields',
        edit: (d) => ['vf:note', 'mutua:priceHint', 'schema:image', 'schema:location', 'dcterms:modified'].forEach((p) => d.remove('it', p)),
      },
      { name: 'five-images', note: 'five images is the maximum', edit: (d) => d.set('it', 'schema:image', ...[1, 2, 3, 4, 5].map((i) => term.iri(`https://pods.example/amina/mutua/public/bike-${i}.jpg`))) },
      { name: 'three-categories-public', note: 'three categories, public, two groups', edit: (d) => d.add('intent', 'vf:resourceClassifiedAs', term.iri('https://pods.example/brixton-lets/mutua/categories#bikes'), term.iri('https://pods.example/brixton-lets/mutua/categories#teaching')).set('it', 'mutua:visibility', term.iri('mutua:Public')).add('it', 'vf:proposedTo', term.iri('https://pods.example/lambeth-timebank/profile/card#group')) },
      { name: 'same-created-modified', note: 'created equal to modified is accepted', edit: (d) => d.set('it', 'dcterms:modified', term.dt('2026-03-01T10:00:00Z')) },
      { name: 'modified-other-timezone', note: 'times compare across time zones', edit: (d) => d.set('it', 'dcterms:modified', term.dt('2026-03-01T11:30:00+01:00')) },
    ],
    invalid: [
      ...oneOf('vf:purpose', { required: true, other: 'vf:transfer', alternative: 'vf:request' }),
      ...text('vf:name', 120, { required: true, nonBlank: true }),
      ...text('vf:note', 4000),
      missing('vf:publishes'),
      { name: 'intent-untyped', note: 'the published intent must be typed vf:Intent', path: iri('vf:publishes'), edit: (d) => d.remove('intent', 'rdf:type') },
      { name: 'two-intents', note: 'one intent per offer', path: iri('vf:publishes'), edit: (d) => d.add('it', 'vf:publishes', d.node('intent-2')).add('intent-2', 'rdf:type', term.iri('vf:Intent')).add('intent-2', 'vf:action', term.iri('vf:transfer')).add('intent-2', 'vf:provider', term.iri(WEBID)).add('intent-2', 'vf:resourceClassifiedAs', term.iri('https://pods.example/c#x')) },
      ...nested('vf:publishes', [
        { name: 'intent-no-action', note: 'vf:action is required', edit: (d) => d.remove('intent', 'vf:action') },
        { name: 'intent-produce-action', note: 'vf:action must be a service, a transfer or a loan', edit: (d) => d.set('intent', 'vf:action', term.iri('vf:produce')) },
        { name: 'intent-no-category', note: 'at least one category', edit: (d) => d.remove('intent', 'vf:resourceClassifiedAs') },
        { name: 'intent-four-categories', note: 'at most three categories', edit: (d) => d.add('intent', 'vf:resourceClassifiedAs', ...['a', 'b', 'c'].map((c) => term.iri(`https://pods.example/c#${c}`))) },
        { name: 'intent-javascript-category', note: 'categories are https IRIs', edit: (d) => d.set('intent', 'vf:resourceClassifiedAs', term.iri('javascript:alert(1)')) },
        { name: 'intent-literal-category', note: 'categories are IRIs of SKOS concepts, not text', edit: (d) => d.set('intent', 'vf:resourceClassifiedAs', term.str('repairs')) },
        { name: 'intent-nobody', note: 'the intent names a provider or a receiver', edit: (d) => d.remove('intent', 'vf:provider') },
        { name: 'intent-two-providers', note: 'one provider', edit: (d) => d.add('intent', 'vf:provider', term.iri(WEBID)) },
        { name: 'intent-javascript-receiver', note: 'the receiver is a WebID', edit: (d) => d.add('intent', 'vf:receiver', term.iri('javascript:alert(1)')) },
      ]),
      ...dateTime('vf:hasEnd', { required: true }),
      missing('vf:proposedTo'),
      { name: 'javascript-group', note: 'groups are https IRIs', path: iri('vf:proposedTo'), edit: (d) => d.set('it', 'vf:proposedTo', term.iri('javascript:alert(1)')) },
      { name: 'twenty-one-groups', note: 'at most 20 groups', path: iri('vf:proposedTo'), edit: (d) => d.add('it', 'vf:proposedTo', ...Array.from({ length: 20 }, (_, i) => term.iri(`https://pods.example/g${i}/profile/card#group`))) },
      ...oneOf('mutua:visibility', { required: true, other: 'mutua:AdminsOnly', alternative: 'mutua:Public' }),
      { name: 'price-unknown-policy', note: 'a price policy is free or negotiable', path: iri('mutua:priceHint'), edit: (d) => d.set('it', 'mutua:priceHint', term.iri('mutua:Pending')) },
      { name: 'price-as-number', note: 'the price hint is a node, not a bare number', path: iri('mutua:priceHint'), edit: (d) => d.set('it', 'mutua:priceHint', term.int(150)) },
      { name: 'two-price-hints', note: 'one price hint', path: iri('mutua:priceHint'), edit: (d) => d.add('it', 'mutua:priceHint', term.iri('mutua:Free')) },
      ...nested('mutua:priceHint', [
        { name: 'price-untyped', note: 'the price node is typed mutua:PriceHint', edit: (d) => d.remove('price', 'rdf:type') },
        { name: 'price-negative', note: 'negative price', edit: (d) => d.set('price', 'mutua:amount', term.int(-150)) },
        { name: 'price-zero', note: 'a zero price is written mutua:Free', edit: (d) => d.set('price', 'mutua:amount', term.int(0)) },
        { name: 'price-fraction', note: 'prices are whole minor units', edit: (d) => d.set('price', 'mutua:amount', term.dec('1.50')) },
        { name: 'price-huge', note: 'prices above 10^12 minor units', edit: (d) => d.set('price', 'mutua:amount', term.int('1000000000001')) },
        { name: 'price-no-currency', note: 'the price names its currency', edit: (d) => d.remove('price', 'mutua:currency') },
        { name: 'price-javascript-currency', note: 'the currency is an https IRI', edit: (d) => d.set('price', 'mutua:currency', term.iri('javascript:alert(1)')) },
      ]),
      { name: 'six-images', note: 'at most five images', path: iri('schema:image'), edit: (d) => d.add('it', 'schema:image', ...[3, 4, 5, 6].map((i) => term.iri(`https://pods.example/amina/mutua/public/bike-${i}.jpg`))) },
      { name: 'javascript-image', note: 'images must not be javascript: IRIs', path: iri('schema:image'), edit: (d) => d.add('it', 'schema:image', term.iri('javascript:alert(1)')) },
      { name: 'data-image', note: 'images must not be data: IRIs', path: iri('schema:image'), edit: (d) => d.add('it', 'schema:image', term.iri('data:image/svg+xml,%3Csvg%20onload=alert(1)%3E')) },
      { name: 'literal-image', note: 'images are IRIs, not strings', path: iri('schema:image'), edit: (d) => d.add('it', 'schema:image', term.str('https://pods.example/x.jpg')) },
      ...nested('schema:location', place()),
      ...link('dcterms:creator', { required: true }),
      ...dateTime('dcterms:created', { required: true }),
      { name: 'created-after-modified', note: 'creation cannot come after modification', path: iri('dcterms:created'), edit: (d) => d.set('it', 'dcterms:created', term.dt('2026-03-05T10:00:00Z')) },
      ...dateTime('dcterms:modified'),
    ],
  },
};
