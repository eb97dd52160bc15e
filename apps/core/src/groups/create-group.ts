import { writeGroupAcls } from '../access/write-group-acls.js';
import { ensurePublicMarketplace } from '../marketplace/ensure-public-marketplace.js';
import { membershipUrlFor } from '../membership/membership-url.js';
import { ensureGroupSharing } from '../publishing/group-readers.js';
import { ensureContainer } from '../pod/create-container.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveRecord } from '../records/save-record.js';
import { currencyType, type CurrencyInit } from '../records/types/currency.js';
import type { Group } from '../records/types/group.js';
import { writeGroupCard } from './write-group-card.internal.js';
import { membershipType } from '../records/types/membership.js';
import type { CategoryScheme } from './category-scheme.js';
import { groupLayout } from './group-layout.js';
import type { GroupProfile } from './group-profile.js';
import { setCategoryScheme } from './set-category-scheme.js';

/** Everything a new group starts with. */
export interface GroupSetup {
  /** WebID of the account that owns the group's pod; it keeps full control. */
  readonly owner: string;
  /** WebID of the person creating the group, who becomes its first admin. */
  readonly creator: string;
  readonly profile: GroupProfile;
  readonly currency: Omit<CurrencyInit, 'group'>;
  readonly categories?: Pick<CategoryScheme, 'labels' | 'categories'>;
  /** Groups this one federates with, listed in the network directory. */
  readonly partnerGroups?: readonly string[];
  /** Start of the creator's membership; defaults to now. */
  readonly now?: Date;
}

/**
 * Creates a group in an (empty) pod: the containers of the layout, their ACLs (before any
 * data goes in), the currency, the category scheme, the group card, the public marketplace
 * index and the creator's admin membership. Runs with the pod owner's fetch (the host or the creator logged in as the
 * group's account); from then on admins manage the group with their own WebIDs.
 */
export async function createGroup(root: string, setup: GroupSetup, options: PodRequestOptions = {}): Promise<Group> {
  const layout = groupLayout(root);
  // Parents first, then their children: siblings at once, but never two requests racing to create one parent
  // (a group in a container of someone's pod may have no root yet).
  await ensureContainer(root, options);
  await Promise.all([layout.members, layout.inbox, layout.marketplace, layout.ledger, layout.decisions, layout.documents, layout.news].map((c) => ensureContainer(c, options)));
  await Promise.all([layout.publicDocuments, layout.publicNews].map((c) => ensureContainer(c, options)));
  await writeGroupAcls(root, { owner: setup.owner, admins: [setup.creator], members: [] }, options);
  await saveRecord(currencyType, { ...setup.currency, group: layout.group, url: layout.currency }, options);
  await setCategoryScheme({ url: layout.categories, labels: setup.categories?.labels ?? {}, categories: setup.categories?.categories ?? [] }, options);
  const group = await writeGroupCard(
    {
      ...setup.profile,
      url: layout.group,
      currency: layout.currency,
      categoryScheme: layout.categories,
      inbox: layout.inbox,
      memberships: layout.members,
      partnerGroups: setup.partnerGroups ?? [],
    },
    options,
  );
  // The public marketplace index (anyone reads, members append) gets its ACL from the agents just written.
  await ensurePublicMarketplace(layout.group, options);
  // Members' shared documents (decision 0080): their link container and the readers roster.
  await ensureGroupSharing(root, options);
  const startDate = (setup.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  await saveRecord(
    membershipType,
    { url: await membershipUrlFor(root, setup.creator), group: layout.group, member: setup.creator, role: 'admin', status: 'active', startDate },
    options,
  );
  return group;
}
