// fast-check generators of VALID records, shared by the unit and integration property tests.
// Test-only: imports fast-check, which is a dev dependency; never import this from library code.
import fc from 'fast-check';
import type { MembershipInit } from './types/membership.js';
import type { OfferInit } from './types/offer.js';
import type { Proof } from './types/proof-node.js';
import type { TransferInit } from './types/transfer.js';

const POD = 'https://pods.example/';

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
const webId = segment.map((name) => `${POD}${name}/profile/card#me`);
const groupIri = segment.map((name) => `${POD}${name}/profile/card#group`);
const resourceIri = fc.tuple(segment, segment, segment).map(([pod, folder, name]) => `${POD}${pod}/${folder}/${name}#it`);
const currencyIri = segment.map((name) => `${POD}${name}/mutua/currency#it`);

/** Text a person might type: any Unicode, quotes, line breaks, markup; never blank. */
export function humanText(maxGraphemes: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: maxGraphemes }),
      fc.constantFrom('"quoted" text', 'two\nlines', 'tab\there', "l'apostrophe", 'back\\slash', '<b>not html</b> & co', 'émoji 🚲 ok', '  padded  '),
    )
    .filter((text) => /\S/.test(text));
}

/** An xsd:dateTime with a time zone, between 2000 and 2099. */
export const dateTime = fc
  .tuple(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom('Z', '+01:00', '-05:30'), fc.boolean())
  .map(([date, zone, millis]) => {
    const iso = date.toISOString().replace(millis ? /Z$/ : /\.\d{3}Z$/, '');
    return `${iso}${zone}`;
  });

const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** A structurally valid eddsa-rdfc-2022 proof (the data layer does not check signatures). */
export function proof(id: string): fc.Arbitrary<Proof> {
  return fc.record({
    id: fc.constant(id),
    cryptosuite: fc.constant('eddsa-rdfc-2022'),
    verificationMethod: segment.map((name) => `${POD}${name}/profile/card#key-1`),
    proofPurpose: fc.constant('assertionMethod' as const),
    created: dateTime,
    proofValue: fc.string({ unit: fc.constantFrom(...base58), minLength: 87, maxLength: 87 }).map((chars) => `z${chars}`),
  });
}

/** Sorted and unique, as RDF sets come back from a pod. */
function sortedSet<T>(items: fc.Arbitrary<T>, minLength: number, maxLength: number): fc.Arbitrary<readonly T[]> {
  const key = (value: T): string => (typeof value === 'string' ? value : JSON.stringify(value));
  return fc.uniqueArray(items, { minLength, maxLength, selector: key }).map((values) => [...values].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
}

const decimalIn = (maxWhole: number) =>
  fc.tuple(fc.integer({ min: -(maxWhole - 1), max: maxWhole - 1 }), fc.stringMatching(/^[0-9]{1,4}$/)).map(([whole, fraction]) => `${whole}.${fraction}`);

const place = fc.record(
  {
    name: humanText(20),
    country: fc.stringMatching(/^[A-Z]{2}$/),
    latitude: decimalIn(90),
    longitude: decimalIn(180),
  },
  { requiredKeys: ['name'] },
);

const price = fc.oneof(
  fc.constantFrom('free' as const, 'negotiable' as const),
  fc.record({ amount: fc.integer({ min: 1, max: 1_000_000_000_000 }), currency: currencyIri }),
);

/** A valid offer or want. */
export const offerInit: fc.Arbitrary<OfferInit> = fc
  .record(
    {
      purpose: fc.constantFrom('offer' as const, 'request' as const),
      title: humanText(12),
      description: humanText(60),
      intent: fc.record(
        {
          action: fc.constantFrom('service' as const, 'transfer' as const, 'loan' as const),
          categories: sortedSet(resourceIri, 1, 3),
          provider: webId,
          receiver: webId,
        },
        { requiredKeys: ['action', 'categories', 'provider'] },
      ),
      expires: dateTime,
      groups: sortedSet(groupIri, 1, 4),
      visibility: fc.constantFrom('public' as const, 'membersOnly' as const),
      price,
      images: sortedSet(segment.map((name) => `${POD}img/${name}.jpg`), 0, 5),
      location: place,
      creator: webId,
      times: fc.tuple(dateTime, dateTime),
      withModified: fc.boolean(),
    },
    { requiredKeys: ['purpose', 'title', 'intent', 'expires', 'groups', 'visibility', 'images', 'creator', 'times', 'withModified'] },
  )
  .map(({ times, withModified, ...rest }) => {
    // sh:lessThanOrEquals: created must not be after modified; compare as instants.
    const [created, modified] = [...times].sort((a, b) => Date.parse(a) - Date.parse(b)) as [string, string];
    return withModified && Date.parse(created) <= Date.parse(modified) ? { ...rest, created, modified } : { ...rest, created };
  });

/** A valid, signed transfer (one or two proofs), initiated by the payer or the payee. */
export const transferInit: fc.Arbitrary<TransferInit> = fc
  .record(
    {
      identifier: fc.uuid({ version: 4 }).map((uuid) => `urn:uuid:${uuid}`),
      payer: webId,
      payee: webId,
      amount: fc.integer({ min: 1, max: 1_000_000_000_000 }),
      currency: currencyIri,
      group: groupIri,
      description: humanText(40),
      offer: resourceIri,
      created: dateTime,
      payeeInitiated: fc.boolean(),
      status: fc.constantFrom('pending' as const, 'completed' as const, 'declined' as const, 'cancelled' as const, 'reversed' as const),
      reverses: resourceIri,
      proofs: fc.oneof(fc.tuple(proof('proof')), fc.tuple(proof('proof'), proof('proof-2'))),
    },
    { requiredKeys: ['identifier', 'payer', 'payee', 'amount', 'currency', 'group', 'created', 'payeeInitiated', 'status', 'proofs'] },
  )
  // sh:disjoint: nobody pays themselves (the generator draws both from a small pool of WebIDs).
  .filter(({ payer, payee }) => payer !== payee)
  .map(({ payeeInitiated, proofs, ...rest }) => ({
    ...rest,
    initiator: payeeInitiated ? rest.payee : rest.payer,
    proofs: [...proofs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
  }));

/** A valid membership with optional personal balance limits. */
export const membershipInit: fc.Arbitrary<MembershipInit> = fc.record(
  {
    group: groupIri,
    member: webId,
    role: fc.constantFrom('admin' as const, 'member' as const),
    status: fc.constantFrom('active' as const, 'removed' as const),
    startDate: dateTime,
    minimumBalance: fc.integer({ min: -1_000_000_000_000, max: 0 }),
    maximumBalance: fc.integer({ min: 0, max: 1_000_000_000_000 }),
  },
  { requiredKeys: ['group', 'member', 'role', 'status', 'startDate'] },
);
