import { AccessDeniedError, getMembership, NotFoundError } from '@mutua/core';
import { getMemberDetails, groupRootOf, membershipUrlFor, type MemberDetails } from '../core-api.internal.js';
import type { DirectoryGroup } from './directory-group.js';
import type { MemberCard } from './member-card.js';

/** What a member's page shows: their public details and which of the viewer's groups they are in. */
export interface MemberPage {
  readonly details: MemberDetails;
  readonly groups: MemberCard['groups'];
}

/** Reads a member's profile and, for each group the viewer belongs to, that member's membership record (one request per group). */
export async function loadMemberPage(webId: string, groups: readonly DirectoryGroup[], options: { fetch: typeof globalThis.fetch; signal?: AbortSignal }): Promise<MemberPage> {
  const mine = groups.filter((g) => g.membership);
  const [details, memberships] = await Promise.all([
    getMemberDetails(webId, options),
    Promise.all(
      mine.map(async ({ group }) => {
        try {
          const m = await getMembership(await membershipUrlFor(groupRootOf(group.url), webId), options);
          return m.status === 'active' ? { url: group.url, name: group.name, role: m.role } : undefined;
        } catch (error) {
          if (error instanceof NotFoundError || error instanceof AccessDeniedError) return undefined;
          throw error;
        }
      }),
    ),
  ]);
  return { details, groups: memberships.filter((g) => g !== undefined) };
}
