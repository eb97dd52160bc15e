import { ConflictError } from '../errors/conflict-error.js';
import { timestamp } from '../membership/notify.js';
import { createImmutable } from '../pod/create-immutable.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { ProposalRecord } from '../records/types/proposal.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import { rollFromQuads, type DecisionRoll } from './decision-roll.js';
import { isClosingSoon, notifyMembers, type NotifyReport } from './notify-members.js';
import { proposalLayoutOf } from './proposal-layout.js';

/** Options for announceClosingSoon: who acts, when, and how close to closing counts as soon. */
export interface AnnounceClosingSoonOptions extends PodRequestOptions {
  readonly actor: string;
  /** The proposal's roll when already read; otherwise read by the app that wins the marker. */
  readonly roll?: DecisionRoll;
  readonly now?: Date;
  /** Defaults to 24 hours. */
  readonly withinMs?: number;
}

/** The marker document that says a proposal's "closing soon" notice went out. */
export function closingSoonMarkerUrl(proposalUrl: string): string {
  return `${proposalLayoutOf(proposalUrl).container}closing-soon`;
}

/**
 * Tells every member on the roll that voting closes soon, once per proposal, from whichever
 * member's app notices first: Mutua has no server of its own to run a timer, so the first app
 * that sees an open proposal within `withinMs` of closing creates a marker beside it (a
 * conditional create, so two apps never both win) and sends the notices. Resolves with the
 * report, or undefined when it is not time yet or another app already did it.
 */
export async function announceClosingSoon(
  proposal: ProposalRecord,
  options: AnnounceClosingSoonOptions,
): Promise<NotifyReport | undefined> {
  const now = options.now ?? new Date();
  if (!isClosingSoon(proposal, now, options.withinMs)) return undefined;
  try {
    await createImmutable(
      'Marking the closing-soon notice of',
      closingSoonMarkerUrl(proposal.url),
      'text/plain; charset=utf-8',
      `Members were told at ${timestamp(now)} by ${options.actor} that voting closes at ${proposal.endDate}.\n`,
      options,
    );
  } catch (error) {
    if (error instanceof ConflictError) return undefined;
    throw error;
  }
  const roll =
    options.roll ?? rollFromQuads((await getRdfResource(proposalLayoutOf(proposal.url).roll, options)).quads);
  return notifyMembers(proposal, roll, 'closing-soon', { ...options, now });
}
