import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { authorPostsContainer } from './author-posts-container.js';
import { publishingLayout } from './publishing-layout.js';
import { putFile } from './put-file.internal.js';

const PICTURE_TYPES: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
// No SVG: opened from the pod, it would run scripts with the pod's origin.

/** Largest news picture accepted, in bytes (the app resizes pictures well below this first). */
export const MAX_NEWS_PICTURE_BYTES = 5 * 1024 * 1024;

/**
 * Stores a post's picture in the group's pod, in its author's posts container of the same
 * visibility (`…/posts/<author>/pictures/<uuid>.jpg`), so it is exactly as readable, and as
 * writable, as the post; returns its URL for the post's `image` (created, never replaced).
 */
export async function uploadNewsPicture(root: string, picture: Blob, visibility: 'public' | 'membersOnly', author: string, options: PodRequestOptions = {}): Promise<string> {
  const extension = PICTURE_TYPES[picture.type];
  if (!extension) throw new TypeError(`A news picture must be JPEG, PNG or WebP, not "${picture.type || 'unknown'}"`);
  if (picture.size > MAX_NEWS_PICTURE_BYTES) throw new RangeError(`A news picture must be at most ${MAX_NEWS_PICTURE_BYTES} bytes, got ${picture.size}`);
  const url = `${await authorPostsContainer(publishingLayout(root), visibility, author)}pictures/${globalThis.crypto.randomUUID()}.${extension}`;
  await putFile('Uploading a news picture to', url, picture, picture.type, options, true);
  return url;
}
