import type { GroupRole } from '../access/group-agents.js';

/** A group's rule for who writes its news. */
export type NewsPostingRule = 'admins' | 'members';

/**
 * Whether someone with `role` may post news under the group's rule (`getNewsPostingRule` reads
 * it from the group's profile). This is what the app shows; the server enforces the same rule
 * through the ACLs of the posts containers, which `setNewsPostingRule` writes.
 */
export function mayPostNews(role: GroupRole | null, rule: NewsPostingRule): boolean {
  if (role === 'admin') return true;
  return role === 'member' && rule === 'members';
}
