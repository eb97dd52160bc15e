/** Where one proposal's documents live in the group pod: one container per proposal. */
export interface ProposalLayout {
  /** `<group>/decisions/<id>/` */
  readonly container: string;
  /** The proposal record's IRI (`…/proposal#it`); its document also carries the recorded outcome. */
  readonly proposal: string;
  /** Who may vote, their roles and keys, fixed when the proposal was opened. */
  readonly roll: string;
  /** Append-only document of signed vote snapshots. */
  readonly ballots: string;
  /** Append-only document of signed comment snapshots. */
  readonly discussion: string;
}

/** The layout of the proposal whose container is `container` (ending with `/`). */
export function proposalLayout(container: string): ProposalLayout {
  if (!container.endsWith('/')) throw new TypeError(`A proposal container URL ends with "/": ${container}`);
  return {
    container,
    proposal: `${container}proposal#it`,
    roll: `${container}roll`,
    ballots: `${container}ballots`,
    discussion: `${container}discussion`,
  };
}

/** The layout of a proposal from its IRI (`…/decisions/<id>/proposal#it`). */
export function proposalLayoutOf(proposalUrl: string): ProposalLayout {
  const url = new URL(proposalUrl);
  url.hash = '';
  if (!url.pathname.endsWith('/proposal')) throw new TypeError(`A Mutua proposal IRI ends with /proposal#it: ${proposalUrl}`);
  return proposalLayout(new URL('./', url).href);
}

/** A fresh proposal container in a group's decisions container. */
export function newProposalContainer(decisionsContainer: string): string {
  return `${decisionsContainer}${globalThis.crypto.randomUUID()}/`;
}
