import { describe, expect, it } from 'vitest';
import {
  createMembership,
  createOffer,
  createTransfer,
  membershipType,
  offerType,
  saveMembership,
  saveOffer,
  saveProfile,
  saveTransfer,
  transferType,
  ValidationError,
} from '../../../apps/core/src/index.js';
import { getAccount, getAuthenticatedFetch } from '../../support/pod.js';
import { countingFetch, exampleRecord, freshContainer } from './data-layer-fixtures.js';

async function refusal(save: Promise<unknown>): Promise<ValidationError> {
  const error = await save.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('invalid records', () => {
  it('are refused with the shape’s messages before any request reaches the pod', async () => {
    const counter = countingFetch(await getAuthenticatedFetch('alice'));
    const options = { fetch: counter.fetch };
    const { url: _o, ...offer } = exampleRecord(offerType);
    const { url: _t, ...transfer } = exampleRecord(transferType);
    const { url: _m, ...membership } = exampleRecord(membershipType);

    const noTitle = await refusal(saveOffer(createOffer(freshContainer('alice', 'invalid'), { ...offer, title: '' }), options));
    expect(noTitle.issues[0]!.message.fr).toContain('Un titre est requis');
    const zeroUnsigned = await refusal(saveTransfer(createTransfer(freshContainer('alice', 'invalid'), { ...transfer, amount: 0, proofs: [] }), options));
    expect(zeroUnsigned.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['https://w3id.org/mutua/ns#amount', 'https://w3id.org/security#proof']));
    await refusal(saveMembership(createMembership(freshContainer('alice', 'invalid'), { ...membership, minimumBalance: 500 }), options));
    const alice = getAccount('alice');
    await refusal(saveProfile({ url: alice.webId, name: ' ', skills: [], storage: [], keys: [], memberOf: [] }, options));

    expect(counter.calls()).toBe(0);
  });
});
