import { beforeAll, describe, expect, it } from 'vitest';
import { announceClosingSoon, closingSoonMarkerUrl } from '../../../apps/core/src/decisions/announce-closing-soon.js';
import { notifyMembers } from '../../../apps/core/src/decisions/notify-members.js';
import { openProposalInGroup, type NewProposal } from '../../../apps/core/src/decisions/open-proposal-in-group.js';
import { getInboxOf } from '../../../apps/core/src/membership/inbox-of.js';
import { getContainedResourceUrls } from '../../../apps/core/src/pod/get-contained-resource-urls.js';
import { getRdfResource } from '../../../apps/core/src/pod/get-rdf-resource.js';
import type { ProposalRecord } from '../../../apps/core/src/records/types/proposal.js';
import { createDecisionFixture, type DecisionFixture, type Participant } from './decision-fixture.js';

const HOUR = 3600_000;
const AS = 'https://www.w3.org/ns/activitystreams#';
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const proposal = (title: string, closesInMs: number): NewProposal => ({
  title,
  description: 'Shall we?',
  runningResultsVisible: true,
  method: 'yes-no',
  quorum: '0.25',
  closesAt: iso(Date.now() + closesInMs),
});

let f: DecisionFixture;
let soon: ProposalRecord;
let later: ProposalRecord;

beforeAll(async () => {
  f = await createDecisionFixture('closing-soon', 'dolores', ['emeka', 'hana']);
  const opener = { fetch: f.admin.fetch, actor: f.admin.signer.webId, roll: f.roll };
  soon = await openProposalInGroup(f.group.layout.group, proposal('Paint the shared shed', 2 * HOUR), opener);
  later = await openProposalInGroup(f.group.layout.group, proposal('Plant a hedge', 72 * HOUR), opener);
});

/** The activity types in `member`'s inbox that are about `object`. */
async function noticesAbout(member: Participant, object: string): Promise<string[]> {
  const inbox = await getInboxOf(member.signer.webId, { fetch: member.fetch });
  const types: string[] = [];
  for (const url of await getContainedResourceUrls(inbox!, { fetch: member.fetch })) {
    const { quads } = await getRdfResource(url, { fetch: member.fetch });
    const about = quads.find((q) => q.predicate.value === `${AS}object` && q.object.value === object);
    if (about)
      types.push(
        ...quads
          .filter(
            (q) =>
              q.subject.value === about.subject.value &&
              q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
          )
          .map((q) => q.object.value),
      );
  }
  return types;
}

describe('notices about proposals', () => {
  it('tell every member on the roll but the opener about a new proposal', async () => {
    const report = await notifyMembers(later, f.roll, 'opened', { fetch: f.admin.fetch, actor: f.admin.signer.webId });
    expect(report).toEqual({ sent: 2, unreachable: [] });
    for (const member of f.members) expect(await noticesAbout(member, later.url)).toEqual([`${AS}Create`]);
  });

  it('say "closing soon" once, from whichever member’s app sees it first, and only within a day of closing', async () => {
    const [emeka, hana] = f.members as [Participant, Participant];
    // Two members open the proposal at the same moment: one of them wins the marker and notifies.
    const reports = await Promise.all(
      [emeka, hana].map((m) => announceClosingSoon(soon, { fetch: m.fetch, actor: m.signer.webId })),
    );
    const sent = reports.filter((r) => r !== undefined);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({ sent: 2, unreachable: [] });
    expect(await announceClosingSoon(soon, { fetch: f.admin.fetch, actor: f.admin.signer.webId })).toBeUndefined();
    expect(await noticesAbout(f.admin, soon.url)).toEqual([`${AS}Announce`]);

    // Three days from closing is not soon: nothing is marked or sent.
    expect(await announceClosingSoon(later, { fetch: hana.fetch, actor: hana.signer.webId })).toBeUndefined();
    expect((await hana.fetch(closingSoonMarkerUrl(later.url), { method: 'HEAD' })).status).toBe(404);
    // The marker is the group's business only.
    expect((await fetch(closingSoonMarkerUrl(soon.url))).status).toBe(401);
  });
});
