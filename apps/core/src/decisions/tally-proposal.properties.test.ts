import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApprovalChoice } from './approval.js';
import { parseConsentChoice } from './consent.js';
import { countedVotesDigestInput } from './counted-votes-digest.js';
import type { Proposal, VotingMethod } from './proposal.js';
import { parseRankedChoice } from './ranked-choice.js';
import { parseScoreChoice } from './score.js';
import { tallyProposal } from './tally-proposal.js';
import { CLOSES_AT, consent, member, members, minutesIn, withOptions, yesNo } from './test-fixtures.internal.js';
import type { ParsedChoice, Vote } from './vote.js';
import { parseYesNoChoice } from './yes-no.js';

const ELIGIBLE = members(5);
const WEEK = 7 * 24 * 60;
const ALL_OPTIONS = ['A', 'B', 'C', 'D'];
const METHODS: VotingMethod[] = ['yes-no', 'consent', 'approval', 'ranked-choice', 'score'];

const proposalArb: fc.Arbitrary<Proposal> = fc
  .record({
    method: fc.constantFrom(...METHODS),
    optionCount: fc.integer({ min: 1, max: 4 }),
    quorum: fc.integer({ min: 1, max: 4 }).chain((d) =>
      fc.record({
        numerator: fc.integer({ min: 0, max: d }),
        denominator: fc.constant(d),
      }),
    ),
  })
  .map(({ method, optionCount, quorum }) => {
    const options = ALL_OPTIONS.slice(0, optionCount);
    if (method === 'yes-no') return yesNo({ quorum });
    if (method === 'consent') return consent({ quorum });
    return withOptions(method, options, method === 'score' ? { quorum, maxScore: 3 } : { quorum });
  });

function choiceArb(p: Proposal): fc.Arbitrary<unknown> {
  switch (p.method) {
    case 'yes-no':
      return fc.constantFrom('yes', 'no', 'abstain', 'maybe');
    case 'consent':
      return fc.oneof(
        fc.constant({ response: 'consent' }),
        fc.constant({ response: 'stand-aside' }),
        fc.record({
          response: fc.constant('block'),
          reason: fc.constantFrom('costs too much', '', ' '),
        }),
      );
    case 'score':
      return fc.dictionary(fc.constantFrom(...p.options, 'Z'), fc.integer({ min: 0, max: 4 }), { maxKeys: 3 });
    default:
      return fc.oneof(
        { arbitrary: fc.shuffledSubarray([...p.options]), weight: 8 },
        { arbitrary: fc.constant(['Z']), weight: 1 },
        { arbitrary: fc.constant([p.options[0], p.options[0]]), weight: 1 },
      );
  }
}

// A few fixed minutes make one member's votes collide on the same instant now and then.
const anyMinute = fc.oneof(fc.integer({ min: -30, max: WEEK + 30 }), fc.constantFrom(-1, 0, 1, 2, WEEK - 1, WEEK));

function voteArb(p: Proposal, minutes = anyMinute): fc.Arbitrary<Vote> {
  return fc.record({
    voter: fc.integer({ min: 1, max: 6 }).map(member),
    castAt: fc.oneof(
      { arbitrary: minutes.map(minutesIn), weight: 20 },
      { arbitrary: fc.constant('yesterday'), weight: 1 },
    ),
    choice: choiceArb(p),
    verified: fc.oneof({ arbitrary: fc.constant(true), weight: 6 }, { arbitrary: fc.constant(false), weight: 1 }),
  });
}

const withVotes = proposalArb.chain((p) => fc.tuple(fc.constant(p), fc.array(voteArb(p), { maxLength: 25 })));
const withPermutedVotes = withVotes.chain(([p, votes]) =>
  fc.tuple(
    fc.constant(p),
    fc.constant(votes),
    fc.shuffledSubarray(votes, {
      minLength: votes.length,
      maxLength: votes.length,
    }),
  ),
);

function parserFor(p: Proposal): (raw: unknown) => ParsedChoice<unknown> {
  if (p.method === 'yes-no') return parseYesNoChoice;
  if (p.method === 'consent') return parseConsentChoice;
  if (p.method === 'approval') return (raw) => parseApprovalChoice(raw, p.options);
  if (p.method === 'score') return (raw) => parseScoreChoice(raw, p.options, p.maxScore);
  return (raw) => parseRankedChoice(raw, p.options);
}

describe('tallyProposal (properties)', () => {
  it('gives the same result, digest included, for the same votes in any order', () => {
    fc.assert(
      fc.property(withPermutedVotes, ([p, votes, permuted]) => {
        const a = tallyProposal(p, votes, ELIGIBLE);
        const b = tallyProposal(p, permuted, [...ELIGIBLE].reverse());
        expect(b).toEqual(a);
        expect(countedVotesDigestInput(b.counted)).toBe(countedVotesDigestInput(a.counted));
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic: tallying twice gives equal results', () => {
    fc.assert(
      fc.property(withVotes, ([p, votes]) => {
        expect(tallyProposal(p, votes, ELIGIBLE)).toEqual(tallyProposal(p, votes, ELIGIBLE));
      }),
    );
  });

  it('never changes the outcome or the counted votes when late votes are added', () => {
    const arb = withVotes.chain(([p, votes]) =>
      fc.tuple(
        fc.constant(p),
        fc.constant(votes),
        fc.array(voteArb(p, fc.integer({ min: WEEK, max: WEEK + 600 })), {
          minLength: 1,
          maxLength: 5,
        }),
      ),
    );
    fc.assert(
      fc.property(arb, ([p, votes, lateOnes]) => {
        const late = lateOnes.filter((v) => v.castAt !== 'yesterday');
        const before = tallyProposal(p, votes, ELIGIBLE);
        const after = tallyProposal(p, [...votes, ...late], ELIGIBLE);
        expect(after.outcome).toEqual(before.outcome);
        expect(after.counted).toEqual(before.counted);
        expect(after.rejected.length).toBe(before.rejected.length + late.length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts exactly the last valid on-time vote of each member, and accounts for every vote once', () => {
    fc.assert(
      fc.property(withVotes, ([p, votes]) => {
        const tally = tallyProposal(p, votes, ELIGIBLE);
        const parse = parserFor(p);
        const closes = Date.parse(CLOSES_AT);
        const opens = Date.parse(p.opensAt);
        for (const voter of [...ELIGIBLE, member(6)]) {
          const valid = votes.filter((v) => {
            const t = Date.parse(v.castAt);
            return (
              v.voter === voter &&
              v.verified &&
              ELIGIBLE.includes(voter) &&
              t >= opens &&
              t < closes &&
              parse(v.choice).ok
            );
          });
          const counted = tally.counted.filter((c) => c.voter === voter);
          expect(counted).toHaveLength(valid.length > 0 ? 1 : 0);
          if (valid.length > 0) {
            const latest = Math.max(...valid.map((v) => Date.parse(v.castAt)));
            expect(Date.parse(counted[0]?.castAt ?? '')).toBe(latest);
          }
        }
        expect(tally.counted.length + tally.rejected.length).toBe(votes.length);
        expect(tally.rejected.filter((r) => r.reason === 'superseded')).toHaveLength(
          votes.length - tally.counted.length - tally.rejected.filter((r) => r.reason !== 'superseded').length,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('recounts approvals and scores to the same per-option totals from the counted ballots', () => {
    fc.assert(
      fc.property(withVotes, ([p, votes]) => {
        const tally = tallyProposal(p, votes, ELIGIBLE);
        if (tally.method === 'approval') {
          for (const { option, approvals } of tally.perOption) {
            expect(approvals).toBe(tally.counted.filter((c) => c.choice.includes(option)).length);
          }
        }
        if (tally.method === 'score') {
          for (const { option, total } of tally.perOption) {
            expect(total).toBe(tally.counted.reduce((s, c) => s + (c.choice[option] ?? 0), 0));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports no-quorum exactly when counted · d < n · eligible', () => {
    fc.assert(
      fc.property(withVotes, ([p, votes]) => {
        const tally = tallyProposal(p, votes, ELIGIBLE);
        const met = tally.counted.length * p.quorum.denominator >= p.quorum.numerator * ELIGIBLE.length;
        expect(tally.quorumMet).toBe(met);
        expect(tally.outcome === 'no-quorum').toBe(!met);
      }),
    );
  });
});
