// Imports the core by path until its index exports the decisions surface; then switch to '@mutua/core'.
import { applyResolution } from '../../apps/core/src/decisions/apply-resolution.js';
import { castVote } from '../../apps/core/src/decisions/cast-vote.js';
import { listProposals } from '../../apps/core/src/decisions/list-proposals.js';
import { loadProposalPage } from '../../apps/core/src/decisions/load-proposal-page.js';
import { openProposalInGroup, type NewProposal } from '../../apps/core/src/decisions/open-proposal-in-group.js';
import { optionsOf } from '../../apps/core/src/decisions/to-tally-proposal.js';
import { postComment } from '../../apps/core/src/decisions/post-comment.js';
import { closeProposalInGroup } from '../../apps/core/src/decisions/proposal-status-in-group.js';
import { readDecisionRoll } from '../../apps/core/src/decisions/read-decision-roll.js';
import type { Signer } from '../../apps/core/src/decisions/signer.js';
import type { VoteInput } from '../../apps/core/src/decisions/vote-input.js';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { getSigningKey } from '../../apps/core/src/onboarding/signing-key.js';
import type { DemoGroupPod } from './demo-network.js';
import { demoWebId, type SeedContext } from './seed-demo-network.js';

const DAY = 24 * 3600_000;

/** A ballot of a demo proposal; option choices name options by their position (1-based). */
type DemoBallot =
  | { pod: string; choice: 'yes' | 'no' | 'abstain' }
  | { pod: string; response: 'consent' | 'stand-aside' | 'block'; reason?: string }
  | { pod: string; approves: number[] }
  | { pod: string; ranking: number[] }
  | { pod: string; scores: number[] };

export interface DemoProposal {
  group: DemoGroupPod;
  admin: string;
  /** Days from the seed time: negative windows make closed proposals. */
  opensInDays: number;
  closesInDays: number;
  proposal: Omit<NewProposal, 'closesAt' | 'opensAt'>;
  ballots: DemoBallot[];
  comments: { pod: string; text: string; replyTo?: number }[];
}

/** The demo proposals, their ballots and comments (exported for tests that check what a query counts). */
export const PROPOSALS: DemoProposal[] = [
  {
    group: 'sel-val-de-saone',
    admin: 'alice',
    opensInDays: -20,
    closesInDays: -6,
    proposal: { title: 'Relever la limite de débit à -800 grains', description: 'Plusieurs membres arrivent à la limite de **-600 grains** en hiver.\n\nProposition : passer la limite de débit par défaut à **-800 grains**.', method: 'yes-no', quorum: '0.3', approvalThreshold: '0.5', runningResultsVisible: true, resolution: 'Limite de débit par défaut : -800 grains', decides: { kind: 'default-minimum', limit: -800 } },
    ballots: [{ pod: 'alice', choice: 'yes' }, { pod: 'bruno', choice: 'yes' }, { pod: 'camille', choice: 'no' }, { pod: 'gael', choice: 'yes' }, { pod: 'kofi', choice: 'abstain' }],
    comments: [{ pod: 'bruno', text: 'D’accord, l’hiver est dur pour les jardiniers.' }, { pod: 'camille', text: 'Je préfère -700, mais je m’adapterai.', replyTo: 0 }],
  },
  {
    group: 'sel-val-de-saone',
    admin: 'alice',
    opensInDays: -2,
    closesInDays: 12,
    proposal: { title: 'Lieu de la prochaine bourse d’échange', description: 'Où tenir la bourse d’échange de printemps ? Classez les lieux par préférence.', method: 'ranked-choice', options: ['Maison de quartier', 'Jardin partagé', 'Salle paroissiale'], quorum: '0.3', runningResultsVisible: true },
    ballots: [{ pod: 'hana', ranking: [2, 1, 3] }, { pod: 'kofi', ranking: [2, 3, 1] }, { pod: 'fatima', ranking: [1, 2, 3] }],
    comments: [{ pod: 'hana', text: 'Le jardin, s’il fait beau !' }],
  },
  {
    group: 'sel-val-de-saone',
    admin: 'alice',
    opensInDays: -1,
    closesInDays: 9,
    proposal: { title: 'Adopter la charte des échanges', description: 'La charte décrit nos règles : respect, ponctualité, pas d’euros.\n\nLecture : [la charte](https://example.org/charte).', method: 'consent', quorum: '0.5', runningResultsVisible: false },
    ballots: [{ pod: 'camille', response: 'consent' }, { pod: 'lucia', response: 'stand-aside', reason: 'Je découvre le groupe.' }],
    comments: [],
  },
  {
    group: 'banco-tiempo-lavapies',
    admin: 'dolores',
    opensInDays: -25,
    closesInDays: -10,
    proposal: { title: 'Comprar un carro de carga compartido', description: 'Usar **40 horas** del fondo común para un carro de carga que todos puedan pedir.', method: 'consent', quorum: '0.5', runningResultsVisible: true, resolution: 'Compra del carro de carga' },
    ballots: [{ pod: 'dolores', response: 'consent' }, { pod: 'emeka', response: 'consent' }, { pod: 'ines', response: 'consent' }, { pod: 'jonas', response: 'stand-aside', reason: 'Ya tengo uno.' }],
    comments: [{ pod: 'jonas', text: 'Puedo enseñar a usarlo.' }, { pod: 'ines', text: '¡Gracias, Jonas!', replyTo: 0 }],
  },
  {
    group: 'banco-tiempo-lavapies',
    admin: 'dolores',
    opensInDays: -1,
    closesInDays: 10,
    proposal: { title: 'Subir el saldo máximo a 60 horas', description: 'Quien da muchas horas llega pronto al máximo de **40 horas**.\n\nPropuesta: subir el saldo máximo por defecto a **60 horas**.', method: 'yes-no', quorum: '0.3', approvalThreshold: '0.5', runningResultsVisible: true, decides: { kind: 'default-maximum', limit: 6000 } },
    ballots: [{ pod: 'ines', choice: 'yes' }],
    comments: [{ pod: 'emeka', text: 'Buena idea: yo ya estoy en 38.' }],
  },
  {
    group: 'banco-tiempo-lavapies',
    admin: 'dolores',
    opensInDays: -3,
    closesInDays: 11,
    proposal: { title: 'Talleres del trimestre', description: 'Elegid todos los talleres que os interesen.', method: 'approval', options: ['Reparación de bicis', 'Cocina', 'Informática básica', 'Yoga'], quorum: '0.3', runningResultsVisible: true },
    ballots: [{ pod: 'emeka', approves: [1, 3] }, { pod: 'ines', approves: [2] }, { pod: 'fatima', approves: [2, 4] }],
    comments: [{ pod: 'emeka', text: 'Yo doy el de bicis.' }],
  },
];

function voteInput(ballot: DemoBallot, options: readonly string[]): VoteInput {
  const at = (n: number) => options[n - 1] as string;
  if ('choice' in ballot) return { method: 'yes-no', choice: ballot.choice };
  if ('response' in ballot) return { method: 'consent', response: ballot.response, ...(ballot.reason ? { reason: ballot.reason } : {}) };
  if ('approves' in ballot) return { method: 'approval', approves: ballot.approves.map(at) };
  if ('ranking' in ballot) return { method: 'ranked-choice', ranking: ballot.ranking.map(at) };
  return { method: 'score', scores: Object.fromEntries(ballot.scores.map((s, i) => [at(i + 1), s])) };
}

async function signerOf(pod: string, context: SeedContext): Promise<{ signer: Signer; fetch: typeof fetch; storage: string }> {
  const { fetch } = await context.agent(pod);
  const storage = new URL(`${pod}/`, context.baseUrl).href;
  const key = await getSigningKey(storage, { fetch });
  if (!key) throw new Error(`seed: ${pod} has no signing key; the onboarding step must run before proposals`);
  return { signer: { webId: demoWebId(context.baseUrl, pod), keyId: key.keyId, privateKey: key.privateKey }, fetch, storage };
}

async function seedProposal(demo: DemoProposal, context: SeedContext, now: Date): Promise<void> {
  const groupUrl = groupLayout(new URL(`${demo.group}/`, context.baseUrl).href).group;
  const admin = await signerOf(demo.admin, context);
  const { roll } = await readDecisionRoll(groupUrl, { fetch: admin.fetch });
  const opens = new Date(now.getTime() + demo.opensInDays * DAY);
  const closes = new Date(now.getTime() + demo.closesInDays * DAY);
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const proposal = await openProposalInGroup(groupUrl, { ...demo.proposal, opensAt: iso(opens), closesAt: iso(closes) }, { fetch: admin.fetch, actor: admin.signer.webId, roll, now: opens });
  const options = optionsOf(proposal).map((o) => o.iri);
  for (const [i, ballot] of demo.ballots.entries()) {
    const voter = await signerOf(ballot.pod, context);
    await castVote(proposal, voteInput(ballot, options), { ...voter, now: new Date(opens.getTime() + (i + 1) * 3600_000) });
  }
  const posted: string[] = [];
  for (const [i, comment] of demo.comments.entries()) {
    const author = await signerOf(comment.pod, context);
    const replyTo = comment.replyTo !== undefined ? posted[comment.replyTo] : undefined;
    const revision = await postComment(proposal.url, { text: comment.text, ...(replyTo ? { inReplyTo: replyTo } : {}) }, { ...author, now: new Date(opens.getTime() + (i + 1) * 1800_000) });
    posted.push(revision.url);
  }
  if (closes.getTime() <= now.getTime()) {
    const page = await loadProposalPage(proposal.url, { fetch: admin.fetch });
    await closeProposalInGroup(page, { fetch: admin.fetch, now: new Date(closes.getTime() + 3600_000) });
    // The closing admin's app applies a passed decision at once; the seed does the same.
    const applied = await applyResolution(proposal.url, { fetch: admin.fetch, agent: admin.signer.webId, now: () => new Date(closes.getTime() + 3605_000) });
    if (applied.state === 'failed') throw new Error(`seed: the decision of ${proposal.url} could not be applied: ${applied.application.failureReason}`);
  }
}

/**
 * Seed step: open and closed proposals with signed votes and comments in both demo groups; the
 * SEL's passed "-800 grains" proposal has its decision applied, and one open proposal carries an action.
 * Idempotent: a group whose decisions already list a demo title is left as it is.
 */
export async function seedProposals(context: SeedContext): Promise<void> {
  const now = new Date();
  for (const group of new Set(PROPOSALS.map((p) => p.group))) {
    const demos = PROPOSALS.filter((p) => p.group === group);
    const admin = await context.agent(demos[0]!.admin);
    const groupUrl = groupLayout(new URL(`${group}/`, context.baseUrl).href).group;
    const existing = new Set((await listProposals(groupUrl, { fetch: admin.fetch })).proposals.map((p) => p.title));
    for (const demo of demos) if (!existing.has(demo.proposal.title)) await seedProposal(demo, context, now);
    context.log(`seed: ${demos.length} proposals in ${group}`);
  }
}
