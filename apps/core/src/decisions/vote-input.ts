/** What a member chooses on a ballot, per voting method; options are named by their IRIs. */
export type VoteInput =
  | { readonly method: 'yes-no'; readonly choice: 'yes' | 'no' | 'abstain' }
  | { readonly method: 'consent'; readonly response: 'consent' | 'stand-aside' | 'block'; readonly reason?: string }
  | { readonly method: 'approval'; readonly approves: readonly string[] }
  | { readonly method: 'ranked-choice'; readonly ranking: readonly string[] }
  | { readonly method: 'score'; readonly scores: Readonly<Record<string, number>> };
