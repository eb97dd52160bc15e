import { DataFactory, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../records/types/offer.js';
import { generateKeyPair } from '../signing/key-pair.js';
import { exportMultikey } from '../signing/multikey.js';
import { parseTurtle, writeQuads } from '../signing/test-support/rdf.js';
import { checkIndexItem, type ItemCheckContext } from './check-index-item.js';
import { entryForOffer } from './entry-for-offer.js';
import { indexItems } from './index-document.internal.js';
import { signEntry } from './sign-entry.js';

const AMINA = 'https://pods.example/amina/profile/card#me';
const KEY = 'https://pods.example/amina/profile/card#key-1';
const GROUP = 'https://pods.example/sel-chalon/profile/card#group';
const JOURNAL = 'https://pods.example/sel-chalon/mutua/marketplace/journal';
const LATITUDE = 'https://schema.org/latitude';

const offer = (title: string, location?: Offer['location']): Offer => ({
  url: `https://pods.example/amina/mutua/offers/${title}#it`,
  purpose: 'offer',
  title,
  intent: {
    action: 'service',
    categories: ['https://pods.example/sel-chalon/mutua/categories#repairs'],
    provider: AMINA,
  },
  expires: '2099-01-01T00:00:00Z',
  groups: [GROUP],
  visibility: 'membersOnly',
  images: [],
  creator: AMINA,
  created: '2026-11-01T10:00:00Z',
  ...(location ? { location } : {}),
});

async function signedIndex(offers: Offer[]): Promise<{ quads: Quad[]; context: ItemCheckContext }> {
  const keys = await generateKeyPair();
  const signer = { webId: AMINA, keyId: KEY, privateKey: keys.privateKey };
  const signed = await Promise.all(offers.map((o) => signEntry(entryForOffer(o, GROUP), signer)));
  // Stored and read back as Turtle, several entries in one document, as an index journal is.
  const quads = parseTurtle(writeQuads(signed.flat(), 'Turtle', {}), JOURNAL) as Quad[];
  const publicKey = await exportMultikey(keys.publicKey);
  return {
    quads,
    context: {
      group: GROUP,
      resolveKey: (m) => (m === KEY ? { publicKey, controller: AMINA } : undefined),
      isMember: async () => true,
    },
  };
}

describe('an entry with a place', () => {
  it('carries the offer place with rounded coordinates, signed with the entry', async () => {
    const { quads, context } = await signedIndex([
      offer('velo', { name: 'Chalon-sur-Saône', country: 'FR', latitude: '46.780649', longitude: '4.853724' }),
      offer('pain'),
    ]);
    const checked = await Promise.all(indexItems(quads).map((item) => checkIndexItem(item, context)));
    const entries = checked.map((c) => (c.ok && c.kind === 'entry' ? c.entry : undefined));
    expect(entries.map((e) => e?.title).sort()).toEqual(['pain', 'velo']);
    expect(entries.find((e) => e?.title === 'velo')?.location).toEqual({
      name: 'Chalon-sur-Saône',
      country: 'FR',
      latitude: '46.78',
      longitude: '4.85',
    });
    expect(entries.find((e) => e?.title === 'pain')?.location).toBeUndefined();
  });

  it('fails verification when the coordinates are changed after signing', async () => {
    const { quads, context } = await signedIndex([
      offer('velo', { name: 'Chalon-sur-Saône', latitude: '46.78', longitude: '4.85' }),
    ]);
    const moved = quads.map((q) =>
      q.predicate.value === LATITUDE
        ? DataFactory.quad(
            q.subject,
            q.predicate,
            DataFactory.literal('46.31', q.object.termType === 'Literal' ? q.object.datatype : undefined),
          )
        : q,
    );
    const [item] = indexItems(moved);
    expect(await checkIndexItem(item!, context)).toMatchObject({ ok: false, reason: 'badSignature' });
  });
});
