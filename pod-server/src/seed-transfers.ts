// Imports the core by path, like the other seed steps.
import { ConflictError } from '../../apps/core/src/errors/conflict-error.js';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { openGroupLedger, type GroupLedger } from '../../apps/core/src/ledger/group-ledger.js';
import { groupLedgerLayout } from '../../apps/core/src/ledger/group-ledger-layout.js';
import { getLedgerActor, type LedgerActor } from '../../apps/core/src/ledger/ledger-actor.js';
import { limitsFor } from '../../apps/core/src/ledger/ledger-rules.js';
import { payMember } from '../../apps/core/src/ledger/pay-member.js';
import { requestPayment } from '../../apps/core/src/ledger/payment-requests.js';
import { demoMembers, type DemoGroupPod } from './demo-network.js';
import { demoWebId, type SeedContext } from './seed-demo-network.js';

/** One planned demo transfer: who pays whom, how much (minor units), what for, when. */
export interface DemoTransfer {
  readonly id: string;
  readonly payer: string;
  readonly payee: string;
  readonly amount: number;
  readonly description: string;
  readonly time: Date;
}

interface GroupTrading {
  readonly group: DemoGroupPod;
  readonly descriptions: readonly (readonly [string, number])[];
  readonly count: number;
}

// Descriptions in the group's language with a typical price: grains in the SEL, hundredths of an hour in the timebank.
const TRADING: readonly GroupTrading[] = [
  {
    group: 'sel-val-de-saone',
    count: 36,
    descriptions: [
      ['Ourlet de pantalon', 30], ['Réparation d’une chaise', 90], ['Cours de piano (1 h)', 60], ['Panier de légumes bio', 45],
      ['Dépannage ordinateur', 60], ['Garde d’enfants mercredi après-midi', 180], ['Traduction d’un courrier', 60], ['Séance de yoga au parc', 30],
      ['Taille de haie', 120], ['Pots de confiture maison', 20], ['Prêt de scie sauteuse', 15], ['Aide au déménagement', 150],
    ],
  },
  {
    group: 'banco-tiempo-lavapies',
    count: 30,
    descriptions: [
      ['Clase de cocina de aprovechamiento', 200], ['Acompañamiento al centro de salud', 150], ['Reparación de bicicleta', 100], ['Conversación en inglés', 100],
      ['Repostería para una fiesta', 150], ['Paseo con persona mayor', 100], ['Préstamo del carro de carga', 50], ['Diseño de un cartel', 200],
      ['Ayuda para pintar un salón', 300], ['Traducción de un formulario', 100],
    ],
  },
];

const FIRST_DAY = Date.UTC(2026, 7, 3, 9, 0, 0); // 3 August 2026: a few months before the demo's present.
const DAY = 24 * 3600_000;

/** The demo members of a group, by WebID. */
function membersOf(baseUrl: string, group: DemoGroupPod): string[] {
  return demoMembers.filter((m) => group in m.groups).map((m) => demoWebId(baseUrl, m.pod));
}

/** A fixed id per group and index, so a second run finds what the first wrote. */
function demoId(group: DemoGroupPod, index: number): string {
  const tag = group === 'sel-val-de-saone' ? '5e1' : 'b7a';
  return `urn:uuid:de30${tag}0-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

/**
 * The demo trading of a group: a deterministic pseudo-random walk of payments, one every few
 * days, kept inside the group's limits so every transfer is accepted.
 */
export function planDemoTransfers(baseUrl: string, group: DemoGroupPod, limits: (member: string) => { minimum: number; maximum: number }): DemoTransfer[] {
  const trading = TRADING.find((t) => t.group === group);
  if (!trading) return [];
  const members = membersOf(baseUrl, group);
  const balances = new Map(members.map((m) => [m, 0]));
  let seed = group.length * 7919;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat with a short period and would pick the same pairs.
    return Math.floor((seed / 2147483648) * n);
  };
  const plan: DemoTransfer[] = [];
  for (let index = 0; plan.length < trading.count && index < trading.count * 10; index++) {
    const payer = members[next(members.length)] as string;
    const payee = members[next(members.length)] as string;
    const [description, amount] = trading.descriptions[next(trading.descriptions.length)] as readonly [string, number];
    if (payer === payee) continue;
    const payerAfter = (balances.get(payer) ?? 0) - amount;
    const payeeAfter = (balances.get(payee) ?? 0) + amount;
    if (payerAfter < limits(payer).minimum || payeeAfter > limits(payee).maximum) continue;
    balances.set(payer, payerAfter);
    balances.set(payee, payeeAfter);
    const time = new Date(FIRST_DAY + plan.length * 3 * DAY + next(10) * 3600_000);
    plan.push({ id: demoId(group, plan.length), payer, payee, amount, description, time });
  }
  return plan;
}

/**
 * Seed step: a few months of trading in both demo groups, signed by each payer and appended
 * through the ledger's own functions (copies included), plus two open payment requests per
 * group. Idempotent: transfers already in the ledger and requests already filed are skipped.
 */
export async function seedTransfers(context: SeedContext): Promise<void> {
  await Promise.all(TRADING.map((t) => seedGroupTrading(context, t.group)));
}

async function seedGroupTrading(context: SeedContext, group: DemoGroupPod): Promise<void> {
  const groupUrl = groupLayout(new URL(`${group}/`, context.baseUrl).href).group;
  const members = membersOf(context.baseUrl, group);
  const actors = new Map<string, { actor: LedgerActor; fetch: typeof fetch }>();
  await Promise.all(
    members.map(async (webId) => {
      const pod = new URL(webId).pathname.split('/')[1] as string;
      const { fetch } = await context.agent(pod);
      actors.set(webId, { actor: await getLedgerActor(webId, { fetch }), fetch });
    }),
  );
  const reader = actors.get(members[0] as string) as { fetch: typeof fetch };
  let ledger: GroupLedger = await openGroupLedger(groupUrl, { fetch: reader.fetch });
  const done = new Set([...ledger.replay.state.transfers.values()].map((t) => t.id));
  const plan = planDemoTransfers(context.baseUrl, group, (member) => limitsFor(ledger.rules.limits, member));
  let added = 0;
  for (const transfer of plan) {
    if (done.has(transfer.id)) continue;
    const payer = actors.get(transfer.payer);
    if (!payer) continue;
    const committed = await payMember(ledger, { payee: transfer.payee, amount: transfer.amount, description: transfer.description, time: transfer.time, id: transfer.id }, { fetch: payer.fetch, actor: payer.actor });
    // The demo must hold the payer's copy (and the payee's inbox copy) before the seed reports done.
    await committed.copies;
    ledger = committed.ledger;
    added++;
  }
  // Two open requests per group so the pending list is not empty in the demo.
  const last = plan[plan.length - 1];
  for (const [index, [payee, payer]] of [[members[1], members[2]], [members[3], members[1]]].entries()) {
    const from = payee && actors.get(payee);
    if (!from || !payer || !last) continue;
    const id = demoId(group, 900 + index);
    // Looked up first: re-creating it would only be refused, and CSS logs every refusal.
    const existing = await from.fetch(`${groupLedgerLayout(groupUrl).requests}${id.replace(/^urn:uuid:/, '')}`, { method: 'HEAD' });
    if (existing.ok) continue;
    try {
      await requestPayment(groupUrl, { payer, amount: last.amount, description: last.description, id, time: new Date(Date.now() - (index + 1) * DAY) }, { fetch: from.fetch, actor: from.actor, workflow: ledger.rules.workflow, ...(ledger.rules.currency ? { currency: ledger.rules.currency } : {}) });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  context.log(`seed: transfers ${group}: ${added} added, ${ledger.entries.length} in the ledger`);
}
