// Builders for tests and the benchmark: voters with real Ed25519 keys, a roll, signed ballots.
import { generateKeyPair } from '../signing/key-pair.js';
import { exportMultikey } from '../signing/multikey.js';
import type { DecisionRoll } from './decision-roll.js';
import { signForSnapshot } from './sign-snapshot.internal.js';
import type { Signer } from './signer.js';
import type { VoteInput } from './vote-input.js';
import { voteQuads } from './vote-quads.js';

export const FIXTURE_GROUP = 'https://group.example/profile/card#group';
export const FIXTURE_PROPOSAL = 'https://group.example/decisions/p1/proposal#it';

/** `count` voters with keys, the first one an admin; `distinctKeys: false` shares one key pair (faster to build) under distinct key IRIs. */
export async function fixtureVoters(count: number, { distinctKeys = false } = {}): Promise<Signer[]> {
  const shared = distinctKeys ? undefined : await generateKeyPair();
  const voters: Signer[] = [];
  for (let i = 0; i < count; i++) {
    const pair = shared ?? (await generateKeyPair());
    const webId = `https://pods.example/v${i + 1}/profile/card#me`;
    const voter: Signer & { publicKey: CryptoKey } = { webId, keyId: `https://pods.example/v${i + 1}/profile/card#key-1`, privateKey: pair.privateKey, publicKey: pair.publicKey };
    voters.push(voter);
  }
  return voters;
}

/** The roll listing these voters with their keys. */
export async function fixtureRoll(voters: readonly Signer[]): Promise<DecisionRoll> {
  const multibase = new Map<CryptoKey, string>();
  const members = [];
  for (const [i, v] of voters.entries()) {
    const publicKey = (v as Signer & { publicKey: CryptoKey }).publicKey;
    if (!multibase.has(publicKey)) multibase.set(publicKey, await exportMultikey(publicKey));
    members.push({ webId: v.webId, role: i === 0 ? ('admin' as const) : ('member' as const), keys: [{ id: v.keyId, publicKeyMultibase: multibase.get(publicKey) as string }] });
  }
  return { members };
}

/** A signed ballot snapshot: `voter` votes `input` on the fixture proposal at `created`. */
export async function fixtureBallot(voter: Signer, input: VoteInput, created: string, proposal = FIXTURE_PROPOSAL): Promise<string> {
  const url = `${voter.webId.replace(/profile\/card#me$/, '')}mutua/votes/${globalThis.crypto.randomUUID()}#it`;
  const quads = voteQuads({ url, proposal, voter: voter.webId, group: FIXTURE_GROUP, created }, input);
  return (await signForSnapshot(url, quads, voter, created)).text;
}
