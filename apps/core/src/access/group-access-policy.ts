import type { GroupLayout } from '../groups/group-layout.js';

/** A WAC access mode as Mutua grants it. */
export type AccessMode = 'Read' | 'Append' | 'Write' | 'Control';

/** Who a rule is for: the group's admins, its members, anyone logged in, anyone at all. */
export type PolicyAudience = 'admin' | 'member' | 'authenticated' | 'public';

/** The containers of a group that carry their own ACL document. */
export type GroupResourceKind =
  | 'root'
  | 'profile'
  | 'members'
  | 'inbox'
  | 'marketplace'
  | 'ledger'
  | 'decisions'
  | 'documents'
  | 'publicDocuments'
  | 'news'
  | 'publicNews';

const ADMIN: readonly AccessMode[] = ['Read', 'Write', 'Control'];

/**
 * THE access policy of a group pod: for each kind of resource, the modes each audience gets
 * on the container and (by acl:default) everything in it. The ACL documents are generated
 * from this table, the ACL matrix test derives its expectations from it, and the table in
 * docs/data-model.md mirrors it. The pod owner (the group's account) always has full control.
 */
export const GROUP_ACCESS_POLICY: Readonly<Record<GroupResourceKind, Readonly<Partial<Record<PolicyAudience, readonly AccessMode[]>>>>> = {
  // Members read anything that has no ACL of its own; the root listing is not public.
  root: { admin: ADMIN, member: ['Read'] },
  profile: { admin: ADMIN, public: ['Read'] },
  members: { admin: ADMIN, member: ['Read'] },
  // Anyone logged in may drop a join request; only admins read them (applicants' privacy).
  inbox: { admin: ADMIN, authenticated: ['Append'] },
  marketplace: { admin: ADMIN, member: ['Read', 'Append'] },
  ledger: { admin: ADMIN, member: ['Read', 'Append'] },
  decisions: { admin: ADMIN, member: ['Read', 'Append'] },
  documents: { admin: ADMIN, member: ['Read'] },
  publicDocuments: { admin: ADMIN, public: ['Read'] },
  news: { admin: ADMIN, member: ['Read'] },
  publicNews: { admin: ADMIN, public: ['Read'] },
};

/** Every kind, in the order ACLs are written (parents before children). */
export const GROUP_RESOURCE_KINDS = Object.keys(GROUP_ACCESS_POLICY) as readonly GroupResourceKind[];

/** The container a resource kind stands for in a group's layout. */
export function containerOfKind(layout: GroupLayout, kind: GroupResourceKind): string {
  const containers: Record<GroupResourceKind, string> = {
    root: layout.root,
    profile: layout.profileContainer,
    members: layout.members,
    inbox: layout.inbox,
    marketplace: layout.marketplace,
    ledger: layout.ledger,
    decisions: layout.decisions,
    documents: layout.documents,
    publicDocuments: layout.publicDocuments,
    news: layout.news,
    publicNews: layout.publicNews,
  };
  return containers[kind];
}

/** The modes an agent ends up with on a kind, given which audiences it belongs to. */
export function modesFor(kind: GroupResourceKind, audiences: readonly PolicyAudience[]): Set<AccessMode> {
  const modes = new Set<AccessMode>();
  for (const audience of audiences) for (const mode of GROUP_ACCESS_POLICY[kind][audience] ?? []) modes.add(mode);
  // WAC: Write includes Append.
  if (modes.has('Write')) modes.add('Append');
  return modes;
}
