import type { GroupRole } from '../access/group-agents.js';

/** A group's rule for who writes its news. */
export type NewsPostingRule = 'admins' | 'members';

/**
 * Whether someone with `role` may post news under the group's rule. This is what the app
 * shows; the server's ACLs are what enforce it (today they let admins write news only).
 */
export function mayPostNews(role: GroupRole | null, rule: NewsPostingRule): boolean {
  if (role === 'admin') return true;
  return role === 'member' && rule === 'members';
}
