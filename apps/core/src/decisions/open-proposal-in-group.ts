import { groupLayout, groupRootOf } from '../groups/group-layout.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveProposal, type ProposalRecord } from '../records/types/proposal.js';
import { rollToQuads, type DecisionRoll } from './decision-roll.js';
import { DecisionPermissionError } from './decision-permission-error.js';
import { newProposalContainer, proposalLayout } from './proposal-layout.js';
import type { VotingMethod } from './proposal.js';
import { checkResolutionAction, resolutionActionNode, type ResolutionAction } from './resolution-action.js';
import { timestampOf } from './timestamp.internal.js';

/** Who may open proposals in a group. */
export type ProposalOpeners = 'members' | 'admins';

/** What a member fills in to put a question to the group. */
export interface NewProposal {
  readonly title: string;
  /** Markdown; apps render it sanitised. */
  readonly description: string;
  readonly method: VotingMethod;
  /** Option names, in order; yes/no and consent proposals need none. */
  readonly options?: readonly string[];
  /** Share of members whose votes make the result valid, as a decimal, e.g. "0.5". */
  readonly quorum: string;
  /** Share of yes votes needed (yes/no), as a decimal; "0.5" means more than half. */
  readonly approvalThreshold?: string;
  readonly opensAt?: string;
  readonly closesAt: string;
  readonly runningResultsVisible: boolean;
  /** What the group decides if it passes, e.g. "set the minimum balance to -300". */
  readonly resolution?: string;
  /** What passing changes by itself (yes/no, consent), applied after closing (decision 0078). */
  readonly decides?: ResolutionAction;
  /** For approval, ranked and score voting: what each option changes if it wins, by option index. */
  readonly optionActions?: readonly (ResolutionAction | undefined)[];
}

/** Options for opening a proposal. */
export interface OpenProposalOptions extends PodRequestOptions {
  /** The WebID of the member opening it. */
  readonly actor: string;
  /** Eligible members, their roles and keys (see readDecisionRoll); fixed for the proposal's life. */
  readonly roll: DecisionRoll;
  /** The group's rule; defaults to 'members'. */
  readonly openers?: ProposalOpeners;
  /** 'open' starts voting at opensAt (default); 'draft' keeps it for later. */
  readonly status?: 'open' | 'draft';
  readonly now?: Date;
}

const METHOD_FIELD = { 'yes-no': 'yesNo', consent: 'consent', approval: 'approval', 'ranked-choice': 'ranked', score: 'score' } as const;

/**
 * Opens (or drafts) a proposal in the group pod: its own container with the roll, then the
 * proposal record. Refuses an actor who is not on the roll, or not an admin when only admins
 * may open proposals. Returns the saved record.
 */
export async function openProposalInGroup(groupUrl: string, input: NewProposal, options: OpenProposalOptions): Promise<ProposalRecord> {
  const decisions = groupLayout(groupRootOf(groupUrl)).decisions;
  const actor = options.roll.members.find((m) => m.webId === options.actor);
  const attempted = 'Opening a proposal in';
  if (!actor) throw new DecisionPermissionError(attempted, decisions, `${options.actor} is not an active member of the group; ask an admin to add you`);
  if ((options.openers ?? 'members') === 'admins' && actor.role !== 'admin') {
    throw new DecisionPermissionError(attempted, decisions, 'only admins open proposals in this group; ask an admin to open it for you');
  }
  for (const action of [input.decides, ...(input.optionActions ?? [])]) {
    const problem = action ? checkResolutionAction(action) : undefined;
    if (problem) throw new RangeError(`${attempted} ${decisions}: ${problem}`);
  }
  const now = timestampOf(options.now ?? new Date());
  const layout = proposalLayout(newProposalContainer(decisions));
  await createRdfResource(layout.roll, rollToQuads(layout.roll, options.roll), options);
  const record: ProposalRecord = {
    url: layout.proposal,
    title: input.title,
    description: input.description,
    options: (input.options ?? []).map((name, index) => {
      const action = input.optionActions?.[index];
      const option = { id: `option-${index + 1}`, name, position: index + 1 };
      return action ? { ...option, decides: { id: `option-${index + 1}-action`, ...resolutionActionNode(action) } } : option;
    }),
    votingMethod: METHOD_FIELD[input.method],
    quorum: input.quorum,
    approvalThreshold: input.approvalThreshold ?? '0.5',
    startDate: input.opensAt ?? now,
    endDate: input.closesAt,
    runningResultsVisible: input.runningResultsVisible,
    ...(input.resolution !== undefined && input.resolution !== '' ? { resolution: input.resolution } : {}),
    ...(input.decides && (input.method === 'yes-no' || input.method === 'consent') ? { decides: resolutionActionNode(input.decides) } : {}),
    status: options.status ?? 'open',
    group: groupUrl,
    creator: options.actor,
    created: now,
  };
  return saveProposal(record, options);
}
