import { ensureContainer } from '../pod/create-container.js';
import { grantPublicRead } from '../pod/grant-public-read.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { sendWrite } from '../pod/send-write.internal.js';
import { offersContainerOf } from './member-offers.js';

const PICTURE_TYPES: Record<string, string> = { 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/png': 'png' };
// No SVG: opened on its own, an SVG runs scripts with the pod's origin.
/** A picture resized to 1024 px is a few hundred kilobytes at most; larger ones were not resized. */
export const MAX_PICTURE_BYTES = 1024 * 1024;
/** An offer shows at most this many pictures (the offer shape says the same). */
export const MAX_OFFER_PICTURES = 5;

/** Options for uploading a picture: whose pod it is (they keep full control of the new ACL). */
export interface UploadPictureOptions extends PodRequestOptions {
  readonly ownerWebId: string;
}

/** The container of a member's offer pictures: `<storage>mutua/offers/pictures/`. */
export function offerPicturesContainerOf(storage: string): string {
  return `${offersContainerOf(storage)}pictures/`;
}

/**
 * Stores a (client-side resized) picture of an offer in the author's pod, readable by anyone so
 * that every group the offer is listed in can show it. Returns its URL for `offer.images`.
 */
export async function uploadOfferPicture(storage: string, picture: Blob, options: UploadPictureOptions): Promise<string> {
  const extension = PICTURE_TYPES[picture.type];
  if (!extension) throw new TypeError(`An offer picture must be JPEG, WebP or PNG, not "${picture.type || 'unknown'}"`);
  if (picture.size > MAX_PICTURE_BYTES) throw new RangeError(`An offer picture must be at most ${MAX_PICTURE_BYTES} bytes after resizing, got ${picture.size}`);
  const container = await ensureContainer(offerPicturesContainerOf(storage), options);
  const url = `${container}${globalThis.crypto.randomUUID()}.${extension}`;
  await sendWrite('Uploading an offer picture to', url, { method: 'PUT', headers: { 'content-type': picture.type, 'if-none-match': '*' }, body: picture }, options);
  await grantPublicRead(url, options);
  return url;
}
