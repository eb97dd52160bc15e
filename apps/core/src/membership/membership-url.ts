import { groupLayout } from '../groups/group-layout.js';

/**
 * Where a member's membership record lives in a group: one document per member, named by a
 * hash of the WebID, so it is found without listing the members and can never exist twice.
 */
export async function membershipUrlFor(root: string, webId: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(webId)));
  const slug = Array.from(digest.slice(0, 12), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${groupLayout(root).members}m-${slug}#it`;
}
