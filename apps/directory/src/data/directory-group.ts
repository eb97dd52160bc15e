import type { Group, Membership } from '@mutua/core';

/** A group of the network as the viewer sees it: its public card and the viewer's membership, if active. */
export interface DirectoryGroup {
  readonly group: Group;
  /** The viewer's active membership; undefined when they are not (or no longer) a member. */
  readonly membership?: Membership;
}
