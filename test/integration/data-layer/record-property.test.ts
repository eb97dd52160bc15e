import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMembership,
  createOffer,
  createTransfer,
  getMembership,
  getOffer,
  getTransfer,
  saveMembership,
  saveOffer,
  saveTransfer,
} from '../../../apps/core/src/index.js';
import { membershipInit, offerInit, transferInit } from '../../../apps/core/src/records/record-arbitraries.testing.js';
import { getAuthenticatedFetch } from '../../support/pod.js';
import { freshContainer } from './data-layer-fixtures.js';

const RUNS = 20;

describe('generated records in a real pod', () => {
  it('come back unchanged: offers', async () => {
    const fetch = await getAuthenticatedFetch('alice');
    const container = freshContainer('alice', 'property-offers');
    await fc.assert(
      fc.asyncProperty(offerInit, async (init) => {
        const saved = await saveOffer(createOffer(container, init), { fetch });
        expect(await getOffer(saved.url, { fetch })).toEqual(saved);
      }),
      { numRuns: RUNS },
    );
  });

  it('come back unchanged: transfers', async () => {
    const fetch = await getAuthenticatedFetch('alice');
    const container = freshContainer('alice', 'property-transfers');
    await fc.assert(
      fc.asyncProperty(transferInit, async (init) => {
        const saved = await saveTransfer(createTransfer(container, init), { fetch });
        expect(await getTransfer(saved.url, { fetch })).toEqual(saved);
      }),
      { numRuns: RUNS },
    );
  });

  it('come back unchanged: memberships', async () => {
    const fetch = await getAuthenticatedFetch('alice');
    const container = freshContainer('alice', 'property-memberships');
    await fc.assert(
      fc.asyncProperty(membershipInit, async (init) => {
        const saved = await saveMembership(createMembership(container, init), { fetch });
        expect(await getMembership(saved.url, { fetch })).toEqual(saved);
      }),
      { numRuns: RUNS },
    );
  });
});
