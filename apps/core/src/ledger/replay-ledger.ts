import { checkTransfer, isAdminCorrection } from './check-transfer.internal.js';
import { checkWorkflow } from './check-workflow.internal.js';
import { entryFacts, type EntryFacts } from './entry-integrity.internal.js';
import { LedgerAccumulator } from './ledger-accumulator.internal.js';
import { GENESIS_HASH, type LogEntry } from './log-entry.js';
import type { EntryVerification, LedgerProblem, LedgerProblemKind } from './ledger-problem.js';
import type { LedgerRules } from './ledger-rules.js';
import type { LedgerState } from './ledger-state.js';
import type { TransferTerms } from './transfer.js';
import type { TransferRejectionKind } from './transfer-rejection.js';

/** The group's rules plus the signature check of each entry (same index as `entries`). */
export interface ReplayLedgerOptions extends LedgerRules {
  readonly verifications: readonly (EntryVerification | undefined)[];
}

/** What any reader of the log reaches. */
export interface LedgerReplay {
  readonly balances: ReadonlyMap<string, number>;
  /** Sequence of the last entry of the longest problem-free prefix; -1 when entry 0 has a problem or the log is empty. */
  readonly verifiedUpTo: number;
  /** Every problem, in log order; checking goes on after each one. */
  readonly problems: readonly LedgerProblem[];
  readonly state: LedgerState;
}

/** Replay a hash-chained log in the order given: check each entry, apply only those with no problem. */
export async function replayLedger(entries: readonly LogEntry[], options: ReplayLedgerOptions): Promise<LedgerReplay> {
  return fold(new LedgerAccumulator(), [], -1, undefined, entries, options);
}

/**
 * The replay of `before` followed by `added`, from `previous`, the replay of `before` under the
 * same rules: equal to replaying the whole log (a property test holds it so), at the cost of the
 * added entries and one copy of the fold's maps. `options.verifications` are the added entries'.
 */
export async function continueReplay(
  previous: LedgerReplay,
  before: readonly LogEntry[],
  added: readonly LogEntry[],
  options: ReplayLedgerOptions,
): Promise<LedgerReplay> {
  return fold(new LedgerAccumulator(previous.state), [...previous.problems], previous.verifiedUpTo, before[before.length - 1], added, options);
}

async function fold(
  ledger: LedgerAccumulator,
  problems: LedgerProblem[],
  verifiedBefore: number,
  last: LogEntry | undefined,
  entries: readonly LogEntry[],
  options: ReplayLedgerOptions,
): Promise<LedgerReplay> {
  const facts = await entryFacts(entries);
  // The problem-free prefix goes on only while no entry so far, before or now, had a problem.
  let clean = problems.length === 0;
  let verifiedUpTo = verifiedBefore;
  entries.forEach((entry, index) => {
    const previous = index === 0 ? last : entries[index - 1];
    const found = entryProblems(entry, previous, facts[index] as EntryFacts, options.verifications[index], ledger, options);
    problems.push(...found);
    clean &&= found.length === 0;
    if (clean) verifiedUpTo = entry.sequence;
    const transfer = (facts[index] as EntryFacts).transfer;
    if (found.length === 0 && !('problem' in transfer)) ledger.apply(transfer);
  });
  const state = ledger.toState();
  return { balances: state.balances, verifiedUpTo, problems, state };
}

function problemOf(sequence: number, id: string | undefined, kind: LedgerProblemKind, message: string): LedgerProblem {
  return { sequence, ...(id !== undefined ? { id } : {}), kind, message };
}

// Integrity problems are all reported; then the signature, then the ledger rules, each only
// when everything before it passed (rule checks on a forged record would be noise).
function entryProblems(
  entry: LogEntry,
  previous: LogEntry | undefined,
  facts: EntryFacts,
  verification: EntryVerification | undefined,
  ledger: LedgerAccumulator,
  rules: LedgerRules,
): LedgerProblem[] {
  const id = 'problem' in facts.transfer ? undefined : facts.transfer.id;
  const found: LedgerProblem[] = [];
  const expectedSequence = previous ? previous.sequence + 1 : 0;
  const expectedPrevious = previous ? previous.entryHash : GENESIS_HASH;
  if (!facts.transferHashMatches) found.push(problemOf(entry.sequence, id, 'altered', `Entry ${entry.sequence}: the transfer record does not match its transferHash`));
  if (!facts.entryHashMatches) found.push(problemOf(entry.sequence, id, 'altered', `Entry ${entry.sequence}: entryHash does not match the entry's sequence, previous hash and transfer hash`));
  if (entry.sequence !== expectedSequence) found.push(problemOf(entry.sequence, id, 'out-of-order', `Entry ${entry.sequence} found where entry ${expectedSequence} was expected`));
  if (entry.previousHash !== expectedPrevious) found.push(problemOf(entry.sequence, id, 'broken-chain', `Entry ${entry.sequence}: previousHash does not name the entry before it`));
  if (found.length > 0) return found;
  if ('problem' in facts.transfer) return [problemOf(entry.sequence, id, 'invalid-transfer', `Entry ${entry.sequence}: ${facts.transfer.problem}`)];
  const t = facts.transfer;
  const adminCorrection = isAdminCorrection(t, rules);
  const unsigned = signatureProblem(t, verification, adminCorrection);
  if (unsigned !== undefined || !verification) return [problemOf(entry.sequence, id, 'bad-signature', `Entry ${entry.sequence}: ${unsigned ?? 'no signature check was given for this entry'}`)];
  const rejection = checkTransfer(ledger, t, rules);
  if (rejection) return [problemOf(entry.sequence, id, PROBLEM_OF[rejection.kind], `Entry ${entry.sequence}: ${rejection.message}`)];
  // The workflow in force at the transfer's own signed times, from the group's dated settings history.
  const breach = checkWorkflow(t, entry.record, verification, rules, adminCorrection);
  return breach ? [problemOf(entry.sequence, id, breach.kind, `Entry ${entry.sequence}: ${breach.message}`)] : [];
}

// The payer must have signed (their consent moves their balance down); for a request, the
// payee who initiated it must have signed too, or the record's claim of a request is false.
// An admin's correction is signed by the admin alone: the group's authority replaces consent.
function signatureProblem(t: TransferTerms, verification: EntryVerification | undefined, adminCorrection: boolean): string | undefined {
  if (!verification) return 'no signature check was given for this entry';
  if (!verification.verified) return verification.reason ?? 'a signature does not verify';
  const required = adminCorrection ? [t.initiator] : [t.payer, t.initiator];
  const absent = required.find((who) => !verification.signers.includes(who));
  return absent === undefined ? undefined : `not signed by ${absent}`;
}

const PROBLEM_OF: Record<TransferRejectionKind, LedgerProblemKind> = {
  'below-minimum': 'over-limit',
  'above-maximum': 'over-limit',
  'unknown-member': 'unknown-member',
  'duplicate-id': 'duplicate-id',
  'invalid-amount': 'invalid-transfer',
  'self-payment': 'invalid-transfer',
  'invalid-initiator': 'invalid-transfer',
  'wrong-group': 'invalid-transfer',
  'invalid-reversal': 'invalid-transfer',
};
