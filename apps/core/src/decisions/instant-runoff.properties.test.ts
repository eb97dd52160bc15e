import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyRankedChoice, type RankedChoice } from './ranked-choice.js';

const OPTIONS = ['A', 'B', 'C', 'D', 'E'];
const rankingArb = fc.shuffledSubarray(OPTIONS);
const asCounted = (rankings: RankedChoice[]) => rankings.map((choice, i) => ({ voter: `v${i}`, castAt: '', choice }));
const sumOf = (list: readonly { votes: number }[]) => list.reduce((s, x) => s + x.votes, 0);

describe('instant run-off (properties)', () => {
  it('elects only an option holding a majority of continuing first preferences in the final round', () => {
    fc.assert(
      fc.property(fc.array(rankingArb, { maxLength: 40 }), (rankings) => {
        const { outcome, rounds } = tallyRankedChoice(asCounted(rankings), OPTIONS);
        if (typeof outcome !== 'object') return;
        const final = rounds[rounds.length - 1];
        const votes = final?.tallies.find((t) => t.option === outcome.winner)?.votes ?? 0;
        expect(votes).toBeGreaterThanOrEqual(1);
        expect(votes * 2).toBeGreaterThan(final?.continuingBallots ?? Infinity);
        expect(rankings.some((r) => r.includes(outcome.winner))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('always elects an option ranked first on more than half of the ballots, in round 1', () => {
    const arb = fc.tuple(fc.constantFrom(...OPTIONS), fc.integer({ min: 1, max: 20 })).chain(([x, n]) =>
      fc.tuple(
        fc.constant(x),
        fc.array(
          fc.shuffledSubarray(OPTIONS.filter((o) => o !== x)).map((rest) => [x, ...rest]),
          { minLength: n, maxLength: n },
        ),
        fc.array(
          fc.shuffledSubarray(OPTIONS).filter((r) => r[0] !== x),
          { maxLength: n - 1 },
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([x, forX, others]) => {
        const result = tallyRankedChoice(asCounted([...others, ...forX]), OPTIONS);
        expect(result.outcome).toEqual({ winner: x });
        expect(result.rounds).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every ballot accounted for in every round, and moves exactly the eliminated option’s votes', () => {
    fc.assert(
      fc.property(fc.array(rankingArb, { maxLength: 40 }), (rankings) => {
        const { rounds } = tallyRankedChoice(asCounted(rankings), OPTIONS);
        rounds.forEach((round, i) => {
          expect(sumOf(round.tallies)).toBe(round.continuingBallots);
          expect(round.continuingBallots + round.exhaustedBallots).toBe(rankings.length);
          const next = rounds[i + 1];
          if (round.eliminated === null || next === undefined) return;
          const lost = round.tallies.find((t) => t.option === round.eliminated)?.votes ?? -1;
          expect(sumOf(round.transfers) + round.exhaustedByTransfer).toBe(lost);
          for (const { option, votes } of next.tallies) {
            const was = round.tallies.find((t) => t.option === option)?.votes ?? 0;
            expect(votes).toBe(was + (round.transfers.find((t) => t.option === option)?.votes ?? 0));
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('ends in a tie only when all options left have equal votes, and never with one option left', () => {
    fc.assert(
      fc.property(fc.array(rankingArb, { maxLength: 12 }), (rankings) => {
        const { outcome, tiedOptions, rounds } = tallyRankedChoice(asCounted(rankings), OPTIONS);
        if (outcome !== 'tie') return;
        const final = rounds[rounds.length - 1]?.tallies ?? [];
        expect(tiedOptions).toEqual(final.map((t) => t.option));
        expect(tiedOptions.length).toBeGreaterThanOrEqual(2);
        expect(new Set(final.map((t) => t.votes)).size).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});
