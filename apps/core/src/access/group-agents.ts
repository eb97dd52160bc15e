/** Who has which role in a group, as far as the server's access control is concerned. */
export interface GroupAgents {
  /** WebID of the account that owns the group's pod (always keeps full control). */
  readonly owner: string;
  readonly admins: readonly string[];
  /** Members who are not admins. */
  readonly members: readonly string[];
}

/** The role an agent holds in a group; null when it holds none. */
export type GroupRole = 'admin' | 'member';
