import { postsContainer, type PublishingLayout } from './publishing-layout.js';

/**
 * The name of an author's posts containers: the first 128 bits of the SHA-256 of their WebID,
 * in hex. A hash, not the WebID itself, keeps the path one plain segment, and lets a reader
 * check that a post's `schema:author` is the author its container was made for.
 */
export async function authorSlug(webId: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(webId));
  return [...new Uint8Array(digest).slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The container where `author` keeps their posts of the given visibility (decision 0080). */
export async function authorPostsContainer(layout: PublishingLayout, visibility: 'public' | 'membersOnly', author: string): Promise<string> {
  return `${postsContainer(layout, visibility)}${await authorSlug(author)}/`;
}
