const PROPOSAL_CONTAINER = /\/decisions\/[^/]+\/$/;

/** The documents of one proposal, where proposalLayout puts them; ballots and discussion appear with the first vote or comment. */
export interface ProposalDocuments {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/**
 * The documents of the proposal whose container is `url`, or undefined when `url` is not a
 * proposal container. A proposal's layout is fixed, so the crawl reads its documents straight
 * away instead of listing its container first: a wave and a request fewer per proposal.
 */
export function proposalDocumentsOf(url: string): ProposalDocuments | undefined {
  if (!PROPOSAL_CONTAINER.test(new URL(url).pathname)) return undefined;
  return { required: [`${url}proposal`, `${url}roll`], optional: [`${url}ballots`, `${url}discussion`] };
}
