import type { DirectoryGroup } from './directory-group.js';

/**
 * The groups a member's profile should list (schema:memberOf), which other apps (marketplace,
 * ledger, decisions) start from: groups where the directory found an active membership are
 * added, groups it read and found no membership in are dropped, groups it could not read are
 * kept. Returns undefined when the list is already right, so nothing is written.
 */
export function reconcileMemberOf(listed: readonly string[], groups: readonly DirectoryGroup[]): string[] | undefined {
  const active = new Set(groups.filter((g) => g.membership).map((g) => g.group.url));
  const notMember = new Set(groups.filter((g) => !g.membership).map((g) => g.group.url));
  const next = [...new Set([...listed.filter((url) => !notMember.has(url)), ...active])];
  const same = next.length === listed.length && next.every((url) => listed.includes(url));
  return same ? undefined : next;
}
