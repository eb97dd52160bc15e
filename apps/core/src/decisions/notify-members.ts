import { notify, timestamp } from '../membership/notify.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { ProposalRecord } from '../records/types/proposal.js';
import type { DecisionRoll } from './decision-roll.js';

const AS_CREATE = 'https://www.w3.org/ns/activitystreams#Create';
const AS_ANNOUNCE = 'https://www.w3.org/ns/activitystreams#Announce';

/** What a notification tells members about a proposal. */
export type ProposalNews = 'opened' | 'closing-soon';

/** How many notifications went out, and to whom none could be sent (no inbox, or refused). */
export interface NotifyReport {
  readonly sent: number;
  readonly unreachable: readonly string[];
}

/**
 * Sends an ActivityStreams notification to every member on the roll but the actor: as:Create
 * for a new proposal, as:Announce for "closing soon" (summary names the closing time).
 */
export async function notifyMembers(proposal: ProposalRecord, roll: DecisionRoll, news: ProposalNews, options: PodRequestOptions & { actor: string; now?: Date }): Promise<NotifyReport> {
  const summary = news === 'opened' ? `New proposal: ${proposal.title}` : `Voting on "${proposal.title}" closes at ${proposal.endDate ?? '?'}`;
  const notification = {
    type: news === 'opened' ? AS_CREATE : AS_ANNOUNCE,
    actor: options.actor,
    object: proposal.url,
    target: proposal.group,
    summary,
    published: timestamp(options.now),
  };
  const recipients = roll.members.map((m) => m.webId).filter((w) => w !== options.actor);
  const results = await Promise.allSettled(recipients.map((r) => notify(r, notification, options)));
  const unreachable = recipients.filter((_, i) => {
    const r = results[i];
    return r === undefined || r.status === 'rejected' || r.value === null;
  });
  return { sent: recipients.length - unreachable.length, unreachable };
}

/** Whether a proposal closes within `withinMs` of now and is still open: time for a "closing soon" notice. */
export function isClosingSoon(proposal: ProposalRecord, now: Date, withinMs = 24 * 3600 * 1000): boolean {
  if (proposal.status !== 'open' || proposal.endDate === undefined) return false;
  const left = Date.parse(proposal.endDate) - now.getTime();
  return left > 0 && left <= withinMs;
}
