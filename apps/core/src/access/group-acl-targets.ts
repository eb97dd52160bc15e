import type { GroupLayout } from '../groups/group-layout.js';
import { containerOfKind, GROUP_RESOURCE_KINDS, type GroupResourceKind } from './group-access-policy.js';

/** One resource of a group that carries its own ACL document, and the policy row it follows. */
export interface GroupAclTarget {
  readonly kind: GroupResourceKind;
  /** The resource the ACL protects: a container (rules inherited inside) or a document. */
  readonly target: string;
}

/**
 * Every resource that gets an ACL: one per kind, plus the card, because CSS gives every new
 * WebID profile its own card.acl, which would otherwise shadow the profile container's rules.
 */
export function groupAclTargets(layout: GroupLayout): GroupAclTarget[] {
  const targets: GroupAclTarget[] = GROUP_RESOURCE_KINDS.map((kind) => ({ kind, target: containerOfKind(layout, kind) }));
  targets.push({ kind: 'profile', target: layout.card });
  return targets;
}

/** The ACL document of a resource on CSS: the resource URL plus `.acl` (also announced in its Link header). */
export function aclUrlOf(target: string): string {
  return `${target}.acl`;
}
