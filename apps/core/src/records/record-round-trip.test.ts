import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFromQuads, recordToQuads } from './record-quads.js';
import { recordIssues } from './record-issues.internal.js';
import { membershipInit, offerInit, transferInit } from './record-arbitraries.testing.js';
import { createMembership, membershipType } from './types/membership.js';
import { createOffer, offerType } from './types/offer.js';
import { createTransfer, transferType } from './types/transfer.js';
import type { RecordType } from './record-type.js';

const container = 'https://pods.example/amina/mutua/things/';

function roundTrips<T extends { url: string }>(type: RecordType, record: T): void {
  const quads = recordToQuads(type, record as never);
  // The generators must only make valid records, or this would test nothing useful.
  expect(recordIssues(type, quads)).toEqual([]);
  expect(recordFromQuads(type, quads, record.url)).toEqual(record);
}

describe('the record codec', () => {
  it('round-trips any valid offer unchanged through toQuads and fromQuads', () => {
    fc.assert(fc.property(offerInit, (init) => roundTrips(offerType, createOffer(container, init))), { numRuns: 300 });
  });

  it('round-trips any valid transfer unchanged through toQuads and fromQuads', () => {
    fc.assert(fc.property(transferInit, (init) => roundTrips(transferType, createTransfer(container, init))), { numRuns: 300 });
  });

  it('round-trips any valid membership unchanged through toQuads and fromQuads', () => {
    fc.assert(fc.property(membershipInit, (init) => roundTrips(membershipType, createMembership(container, init))), { numRuns: 300 });
  });
});
