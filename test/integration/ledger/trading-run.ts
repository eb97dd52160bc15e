import { ConflictError } from '../../../apps/core/src/errors/conflict-error.js';
import type { GroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { openGroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { limitsFor } from '../../../apps/core/src/ledger/ledger-rules.js';
import type { LogEntry } from '../../../apps/core/src/ledger/log-entry.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import { TransferRefusedError } from '../../../apps/core/src/ledger/transfer-refused-error.js';
import type { LedgerMember } from './ledger-fixture.js';

/** What a trading run saw: every payment acknowledged to its payer, and what went wrong. */
export interface TradingRun {
  /** Transfer id → the position its payer was told it took. */
  readonly acknowledged: Map<string, number>;
  readonly refused: number;
  /** Positions lost to another writer and retried. */
  readonly retries: number;
  /** Errors other than a refusal by the rules (a stopped server, …). */
  readonly failures: string[];
}

/** Every member pays random others as fast as they can until `stop()` says so. */
export async function runTrading(
  groupUrl: string,
  members: readonly LedgerMember[],
  stop: () => boolean,
  maxAmount = 700,
  onAcknowledged: (count: number) => void = () => {},
): Promise<TradingRun> {
  const run: TradingRun = { acknowledged: new Map(), refused: 0, retries: 0, failures: [] };
  let refused = 0;
  let retries = 0;
  await Promise.all(
    members.map(async (me, index) => {
      let ledger: GroupLedger | undefined;
      let turn = index;
      while (!stop()) {
        try {
          ledger ??= await openGroupLedger(groupUrl, { fetch: me.fetch });
          const others = members.filter((m) => m !== me);
          const payee = others[(turn++ * 7 + index) % others.length] as LedgerMember;
          const amount = 1 + ((turn * 131 + index * 17) % maxAmount);
          const committed = await payMember(
            ledger,
            { payee: payee.webId, amount, description: `Run ${me.name} ${turn}` },
            { fetch: me.fetch, actor: me.actor, counterpartyInbox: null },
          );
          run.acknowledged.set(committed.transfer.id, committed.entry.sequence);
          onAcknowledged(run.acknowledged.size);
          ledger = committed.ledger;
        } catch (error) {
          if (error instanceof TransferRefusedError) refused++;
          else if (error instanceof ConflictError) retries++;
          else run.failures.push(String(error));
          ledger = undefined;
          if (!(error instanceof TransferRefusedError) && stop()) break;
        }
      }
    }),
  );
  return { ...run, refused, retries };
}

/** The problems with a ledger after a run: lost or duplicated transfers, gaps, limits broken, a non-zero sum. */
export function checkRun(ledger: GroupLedger, run: TradingRun): string[] {
  const problems: string[] = ledger.replay.problems.map((p) => `entry ${p.sequence}: ${p.kind} ${p.message}`);
  const bySequence = new Map<number, LogEntry>();
  ledger.entries.forEach((entry, index) => {
    if (entry.sequence !== index) problems.push(`position ${index} holds entry ${entry.sequence}`);
    bySequence.set(entry.sequence, entry);
  });
  for (const [id, sequence] of run.acknowledged) {
    const entry = bySequence.get(sequence);
    if (!entry || !entry.transfer.includes(id.replace('urn:uuid:', '')))
      problems.push(`acknowledged ${id} at ${sequence} is not there`);
  }
  const counted = ledger.entries.map((e) => e.transfer);
  if (new Set(counted).size !== counted.length) problems.push('a transfer appears twice');
  let sum = 0;
  for (const [member, balance] of ledger.replay.balances) {
    sum += balance;
    const limits = limitsFor(ledger.rules.limits, member);
    if (balance < limits.minimum || balance > limits.maximum)
      problems.push(`${member} at ${balance} is outside ${limits.minimum}..${limits.maximum}`);
  }
  if (sum !== 0) problems.push(`balances sum to ${sum}`);
  return problems;
}
