import { ensureContainer } from '../pod/create-container.js';
import { grantPublicRead } from '../pod/grant-public-read.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { sendWrite } from '../pod/send-write.internal.js';
import { memberLayout } from './member-layout.js';

const PHOTO_TYPES: Record<string, string> = { 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/png': 'png' };
/** A resized photo is tens of kilobytes; anything much larger was not resized. */
export const MAX_PHOTO_BYTES = 1024 * 1024;

/** Options for uploading a photo: whose it is (they keep full control of the new ACL). */
export interface UploadPhotoOptions extends PodRequestOptions {
  readonly ownerWebId: string;
}

/**
 * Stores a (client-side resized) JPEG, WebP or PNG photo at `<storage>mutua/photos/<uuid>.<ext>`,
 * readable by anyone, so other members and apps can show it. Returns its URL.
 */
export async function uploadProfilePhoto(storage: string, photo: Blob, options: UploadPhotoOptions): Promise<string> {
  const extension = PHOTO_TYPES[photo.type];
  if (!extension) throw new TypeError(`A profile photo must be JPEG, WebP or PNG, not "${photo.type || 'unknown'}"`);
  if (photo.size > MAX_PHOTO_BYTES) throw new RangeError(`A profile photo must be at most ${MAX_PHOTO_BYTES} bytes after resizing, got ${photo.size}`);
  const container = await ensureContainer(memberLayout(storage).photos, options);
  const url = `${container}${globalThis.crypto.randomUUID()}.${extension}`;
  await sendWrite('Uploading profile photo to', url, { method: 'PUT', headers: { 'content-type': photo.type, 'if-none-match': '*' }, body: photo }, options);
  await grantPublicRead(url, options);
  return url;
}
