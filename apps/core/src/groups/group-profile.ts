import type { GroupInit } from '../records/types/group.js';

/**
 * What an admin edits on a group's card: everything but the links Mutua manages itself
 * (currency, category scheme, inbox, members list, partners).
 */
export type GroupProfile = Omit<GroupInit, 'currency' | 'categoryScheme' | 'inbox' | 'memberships' | 'partnerGroups'>;
