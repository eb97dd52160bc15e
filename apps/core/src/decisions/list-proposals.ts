import { groupLayout, groupRootOf } from '../groups/group-layout.js';
import { loadEach } from '../loader/load-each.internal.js';
import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import { getProposal, type ProposalRecord } from '../records/types/proposal.js';
import { proposalLayout } from './proposal-layout.js';

/** A group's proposals, newest first, and the ones that could not be read. */
export interface ProposalList {
  readonly proposals: readonly ProposalRecord[];
  readonly errors: readonly LoadFailure[];
}

/** Every proposal of a group (one listing plus one request per proposal, in parallel). */
export async function listProposals(groupUrl: string, options: LoadOptions = {}): Promise<ProposalList> {
  const decisions = groupLayout(groupRootOf(groupUrl)).decisions;
  const containers = (await getContainedResourceUrls(decisions, options)).filter((url) => url.endsWith('/'));
  const { results, errors } = await loadEach(containers.map((c) => proposalLayout(c).proposal), (url, o) => getProposal(url, o), options);
  const proposals = results.filter((p) => p.group === groupUrl).sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
  return { proposals, errors };
}
