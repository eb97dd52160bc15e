import { DEFAULT_MAX_SCORE } from './proposal.js';
import { highestTotal } from './highest-total.internal.js';
import type { MethodOutcome } from './tally.js';
import type { CountedVote, ParsedChoice } from './vote.js';

/** A score from 0 to maxScore for every option; options the voter left out are filled in as 0. */
export type ScoreChoice = Readonly<Record<string, number>>;

export interface OptionScore {
  readonly option: string;
  /** Sum over all counted ballots; the mean is total / counted ballots, so both rank alike. */
  readonly total: number;
}

/** Accepts `{ option: score }` with integer scores 0..maxScore for known options. */
export function parseScoreChoice(
  raw: unknown,
  options: readonly string[],
  maxScore: number = DEFAULT_MAX_SCORE,
): ParsedChoice<ScoreChoice> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, detail: 'the choice must map options to scores' };
  }
  const given = raw as Record<string, unknown>;
  const known = new Set(options);
  for (const key of Object.keys(given)) {
    if (!known.has(key)) return { ok: false, detail: `unknown option "${key}"` };
    const score = given[key];
    if (!Number.isInteger(score) || (score as number) < 0 || (score as number) > maxScore) {
      return {
        ok: false,
        detail: `the score for "${key}" must be a whole number from 0 to ${maxScore}`,
      };
    }
  }
  // fromEntries defines own properties, so an option named "__proto__" stays a plain key;
  // "+ 0" turns a -0 score into 0.
  const choice = Object.fromEntries(options.map((o) => [o, Object.hasOwn(given, o) ? (given[o] as number) + 0 : 0]));
  return { ok: true, choice };
}

/** Highest total score wins (the same as the highest mean over counted ballots); equal leaders tie. */
export function tallyScore(
  counted: readonly CountedVote<ScoreChoice>[],
  options: readonly string[],
): MethodOutcome & { readonly perOption: readonly OptionScore[] } {
  const perOption = options.map((option) => ({
    option,
    total: counted.reduce((sum, { choice }) => sum + (choice[option] ?? 0), 0),
  }));
  return { perOption, ...highestTotal(perOption) };
}
