import { DataFactory, type Quad } from 'n3';
import { generateKeyPair } from '../../../apps/core/src/signing/key-pair.js';
import { exportMultikey } from '../../../apps/core/src/signing/multikey.js';
import { createProfileKeyQuads } from '../../../apps/core/src/signing/profile-key-quads.js';
import { toN3Patch } from '../../../apps/core/src/pod/patch-rdf-resource.js';
import type { MarketplaceSigner } from '../../../apps/core/src/marketplace/marketplace-signer.js';
import type { OfferInit } from '../../../apps/core/src/records/types/offer.js';
import { defaultExpiry, stamp } from '../../../apps/core/src/marketplace/offer-lifecycle.js';
import { getAccount, getAuthenticatedFetch } from '../../support/pod.js';

/** A seeded account with a fresh signing key published in its profile. */
export interface Trader {
  name: string;
  webId: string;
  storage: string;
  fetch: typeof fetch;
  signer: MarketplaceSigner;
}

/** Gives a seeded account a new Ed25519 key, listed in its WebID profile (as the key module would). */
export async function traderWithKey(name: string): Promise<Trader> {
  const account = getAccount(name);
  const fetch = await getAuthenticatedFetch(name);
  const keys = await generateKeyPair();
  const keyId = `${account.webId.replace(/#.*$/, '')}#market-key-${Math.random().toString(36).slice(2, 8)}`;
  const quads = createProfileKeyQuads({ webId: account.webId, keyId, publicKeyMultibase: await exportMultikey(keys.publicKey) });
  const response = await fetch(account.webId.replace(/#.*$/, ''), { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: toN3Patch({ deletes: [], inserts: quads as Quad[] }) });
  if (!response.ok) throw new Error(`Publishing ${name}'s key: ${response.status} ${await response.text()}`);
  return { name, webId: account.webId, storage: account.podUrl, fetch, signer: { webId: account.webId, keyId, privateKey: keys.privateKey } };
}

/** A valid offer by `author` for `groups`. */
export function offerInit(author: string, groups: string[], title: string, extra: Partial<OfferInit> = {}): OfferInit {
  const now = new Date();
  return {
    purpose: 'offer',
    title,
    description: 'Made by a test.',
    intent: { action: 'service', categories: ['https://pods.example/g/profile/categories#food'], provider: author },
    expires: defaultExpiry(now),
    groups,
    visibility: 'membersOnly',
    price: 'negotiable',
    images: [],
    creator: author,
    created: stamp(now),
    ...extra,
  } as OfferInit;
}

export const { namedNode, literal, quad } = DataFactory;
