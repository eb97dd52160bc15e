import type { Quad } from 'n3';
import { membershipUrlFor } from '../membership/membership-url.js';
import { documentUrl } from '../pod/document-url.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getMembership } from '../records/types/membership.js';
import { findAssertionKey } from '../signing/find-assertion-key.js';
import { memoizeKeyResolver } from '../signing/memoize-key-resolver.js';
import type { KeyResolver } from '../signing/verify-record.js';
import { SEC_CONTROLLER } from './marketplace-terms.internal.js';

/** How a reader decides who may list in a group: keys and membership, cached per load. */
export interface GroupTrust {
  readonly resolveKey: KeyResolver;
  readonly isMember: (webId: string) => Promise<boolean>;
}

/** What the admin-written index heads of a group vouch for. */
export interface GroupRoster {
  readonly members: ReadonlySet<string>;
  readonly keyQuads: readonly Quad[];
}

/**
 * Keys and membership for one group. The roster that admins write into the index heads is
 * used first (no request); authors it does not know (joined since the last compaction) are
 * checked at the source: their profile for the key, the group's membership record for membership.
 */
export function groupTrust(group: string, root: string, roster: GroupRoster, options: PodRequestOptions): GroupTrust {
  const profiles = new Map<string, Promise<readonly Quad[]>>();
  const profile = (url: string): Promise<readonly Quad[]> => {
    let hit = profiles.get(url);
    if (!hit) {
      hit = getRdfResource(url, options).then((r) => r.quads, () => []);
      profiles.set(url, hit);
    }
    return hit;
  };
  const bySubject = new Map<string, Quad[]>();
  for (const q of roster.keyQuads) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
  // Only the key's and its controller's statements: findAssertionKey scans what it is given.
  const fromRoster = (method: string): Quad[] => {
    const own = bySubject.get(method) ?? [];
    const controllers = own.filter((q) => q.predicate.value === SEC_CONTROLLER).map((q) => q.object.value);
    return [...own, ...controllers.flatMap((c) => bySubject.get(c) ?? [])];
  };
  const resolveKey = memoizeKeyResolver(async (method) => findAssertionKey(fromRoster(method), method) ?? findAssertionKey((await profile(documentUrl(method))) as Quad[], method));
  const membership = new Map<string, Promise<boolean>>();
  const isMember = (webId: string): Promise<boolean> => {
    if (roster.members.has(webId)) return Promise.resolve(true);
    let hit = membership.get(webId);
    if (!hit) {
      hit = membershipUrlFor(root, webId)
        .then((url) => getMembership(url, options))
        // Not found, not readable (a visitor) or malformed: not shown as a member's entry.
        .then((m) => m.member === webId && m.group === group && m.status === 'active', () => false);
      membership.set(webId, hit);
    }
    return hit;
  };
  return { resolveKey, isMember };
}
