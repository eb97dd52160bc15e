// Imports the core by path until its index exports the marketplace surface; then switch to '@mutua/core'.
import { deflateSync } from 'node:zlib';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { compactMarketplace } from '../../apps/core/src/marketplace/compact-marketplace.js';
import { ensurePublicMarketplace } from '../../apps/core/src/marketplace/ensure-public-marketplace.js';
import { getMemberOffers } from '../../apps/core/src/marketplace/get-member-offers.js';
import { postOffer } from '../../apps/core/src/marketplace/member-offers.js';
import { defaultExpiry, stamp } from '../../apps/core/src/marketplace/offer-lifecycle.js';
import { uploadOfferPicture } from '../../apps/core/src/marketplace/upload-offer-picture.js';
import { demoPlace } from './demo-places.js';
import { getSigningKey } from '../../apps/core/src/onboarding/signing-key.js';
import type { OfferInit } from '../../apps/core/src/records/types/offer.js';
import { demoGroups, demoMembers, type DemoGroupPod } from './demo-network.js';
import { forEachLimited } from './for-each-limited.js';
import { retryResets } from './retry-resets.js';
import { demoWebId, type SeedContext } from './seed-demo-network.js';

type Category = 'home' | 'woodwork' | 'food' | 'care' | 'learning' | 'tech';

/** One demo offer or want: who, what, where, at what indicative price (minor units), with a picture colour or none. */
export interface DemoOffer {
  pod: string;
  group: DemoGroupPod;
  purpose: 'offer' | 'request';
  title: string;
  description: string;
  category: Category;
  action: 'service' | 'transfer' | 'loan';
  price: 'free' | 'negotiable' | number;
  place?: string;
  picture?: [number, number, number];
  visibility?: 'public' | 'membersOnly';
}

const SEL: DemoGroupPod = 'sel-val-de-saone';
const BT: DemoGroupPod = 'banco-tiempo-lavapies';

export const demoOffers: readonly DemoOffer[] = [
  { pod: 'alice', group: SEL, purpose: 'offer', title: 'Retouches et ourlets de vêtements', description: 'Je raccourcis pantalons, rideaux et jupes à la machine. Apportez le vêtement avec une épingle à la bonne longueur.', category: 'home', action: 'service', price: 60, place: 'Lyon 4e', picture: [47, 125, 109], visibility: 'public' },
  { pod: 'alice', group: SEL, purpose: 'request', title: 'Cherche aide pour tailler une haie', description: 'Haie de thuyas d’environ 10 m, un samedi matin. Je fournis le taille-haie et le café.', category: 'home', action: 'service', price: 'negotiable', place: 'Lyon 4e' },
  { pod: 'bruno', group: SEL, purpose: 'offer', title: 'Réparation de chaises et meubles en bois', description: 'Chaises bancales, tiroirs qui coincent, pieds cassés : je répare à l’atelier. Devis en grains selon le travail.', category: 'woodwork', action: 'service', price: 'negotiable', place: 'Caluire-et-Cuire', picture: [138, 90, 43] },
  { pod: 'bruno', group: SEL, purpose: 'offer', title: 'Prêt de serre-joints et d’une scie sauteuse', description: 'Pour un week-end, à venir chercher à Caluire.', category: 'woodwork', action: 'loan', price: 'free', place: 'Caluire-et-Cuire' },
  { pod: 'camille', group: SEL, purpose: 'offer', title: 'Cours de piano pour débutants', description: 'Une heure par semaine, enfants et adultes, sur mon piano droit. Solfège en douceur.', category: 'learning', action: 'service', price: 60, place: 'Lyon 1er', picture: [112, 72, 168], visibility: 'public' },
  { pod: 'camille', group: SEL, purpose: 'request', title: 'Recherche garde d’enfants le mercredi', description: 'Deux enfants de 6 et 9 ans, de 14 h à 17 h, avec goûter.', category: 'care', action: 'service', price: 180, place: 'Lyon 1er' },
  { pod: 'gael', group: SEL, purpose: 'offer', title: 'Dépannage ordinateur et téléphone', description: 'Virus, lenteurs, sauvegarde des photos, installation de Linux. À domicile à Villeurbanne.', category: 'tech', action: 'service', price: 60, place: 'Villeurbanne', picture: [69, 90, 100] },
  { pod: 'hana', group: SEL, purpose: 'offer', title: 'Kombucha scoby and starter tea', description: 'Healthy scobies from my fermentation shelf, with a page of instructions in French or English.', category: 'food', action: 'transfer', price: 'free', place: 'Lyon 7e', picture: [0, 137, 123], visibility: 'public' },
  { pod: 'hana', group: SEL, purpose: 'offer', title: 'Gentle yoga in the park', description: 'Sunday mornings, all levels, bring a mat. In English and French.', category: 'care', action: 'service', price: 30, place: 'Parc de Gerland' },
  { pod: 'kofi', group: SEL, purpose: 'offer', title: 'Paniers de légumes bio de saison', description: 'Surplus de l’AMAP : courges, poireaux, salades. Panier de 3 kg environ.', category: 'food', action: 'transfer', price: 45, place: 'Vaulx-en-Velin', picture: [85, 139, 47], visibility: 'public' },
  { pod: 'kofi', group: SEL, purpose: 'request', title: 'Cherche brouette en prêt', description: 'Pour deux semaines, pour le compost du jardin partagé.', category: 'home', action: 'loan', price: 'negotiable', place: 'Vaulx-en-Velin' },
  { pod: 'fatima', group: SEL, purpose: 'offer', title: 'Traduction arabe – français', description: 'Courriers administratifs, lettres, CV. Relecture comprise.', category: 'learning', action: 'service', price: 60 },
  { pod: 'dolores', group: BT, purpose: 'offer', title: 'Clases de cocina de aprovechamiento', description: 'Aprende a cocinar con lo que sobra en la nevera. Grupos de tres personas, en mi cocina.', category: 'food', action: 'service', price: 200, place: 'Lavapiés', picture: [181, 68, 43], visibility: 'public' },
  { pod: 'dolores', group: BT, purpose: 'offer', title: 'Acompañamiento a trámites y citas médicas', description: 'Te acompaño al centro de salud, al ayuntamiento o a la oficina de empleo.', category: 'care', action: 'service', price: 100, place: 'Lavapiés' },
  { pod: 'emeka', group: BT, purpose: 'offer', title: 'Bike repair and tune-up', description: 'Brakes, gears, punctures. Bring your bike to the plaza on Saturdays.', category: 'home', action: 'service', price: 100, place: 'Embajadores', picture: [31, 111, 178], visibility: 'public' },
  { pod: 'emeka', group: BT, purpose: 'request', title: 'Spanish conversation partner', description: 'One hour a week of conversation; I can teach English in return.', category: 'learning', action: 'service', price: 100, place: 'Embajadores' },
  { pod: 'fatima', group: BT, purpose: 'offer', title: 'Repostería marroquí para fiestas', description: 'Cuernos de gacela y chebakia por encargo, con una semana de antelación.', category: 'food', action: 'transfer', price: 150, place: 'Lavapiés', picture: [194, 24, 91] },
  { pod: 'ines', group: BT, purpose: 'offer', title: 'Paseos y compañía para personas mayores', description: 'Por las tardes, paseos por el barrio y toma de tensión si hace falta.', category: 'care', action: 'service', price: 100, place: 'Lavapiés' },
  { pod: 'jonas', group: BT, purpose: 'offer', title: 'Préstamo de carro de carga para mudanzas', description: 'Bicicleta de carga para mudanzas pequeñas por el barrio. Te enseño a usarla.', category: 'home', action: 'loan', price: 'free', place: 'Arganzuela', picture: [93, 64, 55], visibility: 'public' },
  { pod: 'jonas', group: BT, purpose: 'request', title: 'Busco ayuda para pintar un salón', description: 'Un sábado, pintura y rodillos incluidos.', category: 'home', action: 'service', price: 300, place: 'Arganzuela' },
  { pod: 'lucia', group: BT, purpose: 'offer', title: 'Diseño de carteles para asociaciones', description: 'Carteles y octavillas para actividades del barrio, en dos o tres propuestas.', category: 'tech', action: 'service', price: 200, place: 'Lavapiés', picture: [245, 124, 0] },
];

// A minimal PNG (8-bit RGB, no filter) so the demo needs no image library: a diagonal two-tone tile.
function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A 320×240 PNG in `rgb` with a lighter diagonal band: a recognisable placeholder picture. */
export function demoPicture(rgb: readonly [number, number, number], width = 320, height = 240): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const light = Math.abs(((x + y) % 160) - 80) < 20 ? 60 : 0;
      const at = y * (width * 3 + 1) + 1 + x * 3;
      for (let c = 0; c < 3; c++) raw[at + c] = Math.min(255, rgb[c]! + light);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

function groupRoot(baseUrl: string, group: DemoGroupPod): string {
  return new URL(`${group}/`, baseUrl).href;
}

/** Lets each member's profile list their groups (schema:memberOf): the marketplace starts there. Insert-only, so idempotent. */
async function linkGroupsInProfile(pod: string, context: SeedContext): Promise<void> {
  const member = demoMembers.find((m) => m.pod === pod)!;
  const webId = demoWebId(context.baseUrl, pod);
  const groups = Object.keys(member.groups).map((g) => `<${groupLayout(groupRoot(context.baseUrl, g as DemoGroupPod)).group}>`);
  const fetch = retryResets((await context.agent(pod)).fetch);
  const body = `@prefix solid: <http://www.w3.org/ns/solid/terms#>.\n_:p a solid:InsertDeletePatch; solid:inserts { <${webId}> <https://schema.org/memberOf> ${groups.join(', ')}. }.\n`;
  const response = await fetch(webId.split('#')[0]!, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body });
  if (!response.ok) throw new Error(`Listing the groups of ${webId} in its profile failed: ${response.status} ${await response.text()}`);
}

function offerInit(offer: DemoOffer, webId: string, baseUrl: string, images: string[], index: number): OfferInit {
  const layout = groupLayout(groupRoot(baseUrl, offer.group));
  // Spread creation times over the last weeks so "newest" and "recent" have something to sort.
  const created = new Date(Date.now() - (index + 1) * 26 * 3_600_000);
  return {
    purpose: offer.purpose,
    title: offer.title,
    description: offer.description,
    intent: { action: offer.action, categories: [`${layout.categories.replace(/#.*$/, '')}#${offer.category}`], ...(offer.purpose === 'offer' ? { provider: webId } : { receiver: webId }) },
    expires: defaultExpiry(new Date(), index % 5 === 0 ? 5 : 90),
    groups: [layout.group],
    visibility: offer.visibility ?? 'membersOnly',
    ...(typeof offer.price === 'number' ? { price: { amount: offer.price, currency: layout.currency } } : { price: offer.price }),
    images,
    ...(offer.place ? { location: demoPlace(offer.place) } : {}),
    creator: webId,
    created: stamp(created),
  } as OfferInit;
}

async function seedMemberOffers(pod: string, context: SeedContext): Promise<number> {
  const fetch = retryResets((await context.agent(pod)).fetch);
  const webId = demoWebId(context.baseUrl, pod);
  const storage = new URL(`${pod}/`, context.baseUrl).href;
  const key = await getSigningKey(storage, { fetch });
  if (!key) {
    context.log(`seed: offers of ${pod} skipped: no signing key yet (the onboarding step creates it)`);
    return 0;
  }
  await linkGroupsInProfile(pod, context);
  const existing = new Set((await getMemberOffers(storage, { fetch })).offers.map((o) => o.title));
  const signer = { webId, keyId: key.keyId, privateKey: key.privateKey };
  let posted = 0;
  for (const [index, offer] of demoOffers.entries()) {
    if (offer.pod !== pod || existing.has(offer.title)) continue;
    const images = offer.picture ? [await uploadOfferPicture(storage, new Blob([new Uint8Array(demoPicture(offer.picture))], { type: 'image/png' }), { fetch, ownerWebId: webId })] : [];
    await postOffer(storage, offerInit(offer, webId, context.baseUrl, images, index), { fetch, signer });
    posted++;
  }
  return posted;
}

/** Seed step 'offers': the demo offers and wants (French, Spanish, English, some with pictures), signed into the group indexes, then compacted. */
export async function seedOffers(context: SeedContext): Promise<void> {
  for (const group of demoGroups) {
    const fetch = retryResets((await context.agent(group.pod)).fetch);
    const layout = groupLayout(groupRoot(context.baseUrl, group.pod));
    const card = await fetch(layout.card, { method: 'HEAD' });
    if (!card.ok) {
      context.log(`seed: offers skipped: group ${group.pod} does not exist yet (the groups step creates it)`);
      return;
    }
    await ensurePublicMarketplace(layout.group, { fetch });
  }
  let posted = 0;
  await forEachLimited([...new Set(demoOffers.map((o) => o.pod))], 4, async (pod) => {
    // One member's failure must not keep the rest of the demo from starting; it is logged by name.
    posted += await seedMemberOffers(pod, context).catch((error: unknown) => (context.log(`seed: offers of ${pod} failed: ${(error as Error).message}`), 0));
  });
  if (posted === 0) return;
  // Compaction writes the roster and keys into the index heads: readers then need a few requests.
  for (const group of demoGroups) {
    const fetch = retryResets((await context.agent(group.pod)).fetch);
    await compactMarketplace(groupLayout(groupRoot(context.baseUrl, group.pod)).group, { fetch });
  }
  context.log(`seed: ${posted} offers and wants posted`);
}
