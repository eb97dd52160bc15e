import { readDecisionRoll } from '../../../apps/core/src/decisions/read-decision-roll.js';
import type { DecisionRoll } from '../../../apps/core/src/decisions/decision-roll.js';
import type { Signer } from '../../../apps/core/src/decisions/signer.js';
import { generateKeyPair } from '../../../apps/core/src/signing/key-pair.js';
import { exportMultikey } from '../../../apps/core/src/signing/multikey.js';
import { getAccount, getAuthenticatedFetch } from '../../support/pod.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from '../groups/test-group.js';

/** A member taking part in the test: their fetch, their storage and a signing key. */
export interface Participant {
  readonly name: string;
  readonly fetch: typeof fetch;
  readonly storage: string;
  readonly signer: Signer;
  readonly publicKeyMultibase: string;
}

/** A group with an admin and two members, each with a test signing key, and the roll listing those keys. */
export interface DecisionFixture {
  readonly group: TestGroup;
  readonly admin: Participant;
  readonly members: readonly Participant[];
  readonly roll: DecisionRoll;
}

async function participant(name: string): Promise<Participant> {
  const account = getAccount(name);
  const pair = await generateKeyPair();
  const keyId = `${account.webId.replace(/#.*$/, '')}#decisions-test-key`;
  return {
    name,
    fetch: await getAuthenticatedFetch(name),
    storage: account.podUrl.endsWith('/') ? account.podUrl : `${account.podUrl}/`,
    signer: { webId: account.webId, keyId, privateKey: pair.privateKey },
    publicKeyMultibase: await exportMultikey(pair.publicKey),
  };
}

/**
 * Creates the group through Mutua's own code. Keys are made here rather than published in the
 * shared demo profiles, so the roll read from the group gets the test keys attached.
 */
export async function createDecisionFixture(prefix: string, adminName: string, memberNames: readonly string[]): Promise<DecisionFixture> {
  const group = await createTestGroup(prefix, adminName);
  for (const name of memberNames) await joinThroughRequest(group, name);
  const admin = await participant(adminName);
  const members = await Promise.all(memberNames.map(participant));
  const { roll } = await readDecisionRoll(group.layout.group, { fetch: admin.fetch });
  const keyOf = new Map([admin, ...members].map((p) => [p.signer.webId, { id: p.signer.keyId, publicKeyMultibase: p.publicKeyMultibase }]));
  return { group, admin, members, roll: { members: roll.members.map((m) => ({ ...m, keys: keyOf.has(m.webId) ? [keyOf.get(m.webId)!] : [] })) } };
}

/** A fetch that counts the requests it sends. */
export function countingFetch(inner: typeof fetch): { fetch: typeof fetch; count(): number } {
  let n = 0;
  return {
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      n++;
      return inner(input, init);
    }) as typeof fetch,
    count: () => n,
  };
}
