import { describe, expect, it } from 'vitest';
import { countVotes } from './count-votes.js';
import { parseYesNoChoice } from './yes-no.js';
import { CLOSES_AT, OPENS_AT, member, members, minutesIn, voteBy, yesNo } from './test-fixtures.internal.js';
import type { Vote } from './vote.js';

const eligible = new Set(members(3));
const count = (votes: Vote[]) => countVotes(yesNo(), votes, eligible, parseYesNoChoice);
const reasons = (votes: Vote[]) => count(votes).rejected.map((r) => r.reason);

describe('countVotes', () => {
  it('counts one verified, on-time, valid vote per member, sorted by voter', () => {
    const result = count([voteBy(2, 'no'), voteBy(1, 'yes')]);
    expect(result.counted).toEqual([
      { voter: member(1), castAt: minutesIn(1), choice: 'yes' },
      { voter: member(2), castAt: minutesIn(1), choice: 'no' },
    ]);
    expect(result.rejected).toEqual([]);
  });

  it('rejects an unverified vote as bad-signature', () => {
    expect(reasons([voteBy(1, 'yes', 1, false)])).toEqual(['bad-signature']);
  });

  it('rejects a vote by someone outside the eligible set as not-a-member', () => {
    expect(reasons([voteBy(9, 'yes')])).toEqual(['not-a-member']);
  });

  it('rejects a vote cast exactly at the closing time as late', () => {
    expect(reasons([{ ...voteBy(1, 'yes'), castAt: CLOSES_AT }])).toEqual(['late']);
  });

  it('counts a vote cast exactly at the opening time and rejects one a millisecond earlier as early', () => {
    const onTime = { ...voteBy(1, 'yes'), castAt: OPENS_AT };
    const early = { ...voteBy(2, 'yes'), castAt: '2026-04-30T23:59:59.999Z' };
    const result = count([onTime, early]);
    expect(result.counted.map((v) => v.voter)).toEqual([member(1)]);
    expect(result.rejected.map((r) => r.reason)).toEqual(['early']);
  });

  it('compares instants, not text, so a time in another zone is judged correctly', () => {
    // 01:30+02:00 is 23:30Z the day before closing: on time, though its text sorts after CLOSES_AT.
    const result = count([{ ...voteBy(1, 'yes'), castAt: '2026-05-08T01:30:00+02:00' }]);
    expect(result.counted).toHaveLength(1);
  });

  it('rejects a time without a zone or in free form as bad-timestamp', () => {
    const votes = [
      { ...voteBy(1, 'yes'), castAt: '2026-05-02T10:00:00' },
      { ...voteBy(2, 'yes'), castAt: 'May 2 2026' },
    ];
    expect(reasons(votes)).toEqual(['bad-timestamp', 'bad-timestamp']);
  });

  it('rejects an unknown choice as invalid-choice with a readable detail', () => {
    const [rejected] = count([voteBy(1, 'maybe')]).rejected;
    expect(rejected).toMatchObject({
      reason: 'invalid-choice',
      detail: 'the choice must be "yes", "no" or "abstain"',
    });
  });

  it('counts only the last vote a member cast and lists the earlier ones as superseded', () => {
    const result = count([voteBy(1, 'no', 30), voteBy(1, 'yes', 10), voteBy(1, 'abstain', 20)]);
    expect(result.counted).toEqual([{ voter: member(1), castAt: minutesIn(30), choice: 'no' }]);
    expect(result.rejected.map((r) => [r.reason, r.vote.choice])).toEqual([
      ['superseded', 'yes'],
      ['superseded', 'abstain'],
    ]);
  });

  it('keeps an earlier valid vote when the member later sends a late or invalid one', () => {
    const late = { ...voteBy(1, 'no'), castAt: CLOSES_AT };
    const result = count([voteBy(1, 'yes', 5), voteBy(1, 'maybe', 6), late]);
    expect(result.counted).toEqual([{ voter: member(1), castAt: minutesIn(5), choice: 'yes' }]);
    expect(result.rejected.map((r) => r.reason).sort()).toEqual(['invalid-choice', 'late']);
  });

  it('breaks a same-instant tie between one member’s votes by content, whatever the input order', () => {
    const a = voteBy(1, 'yes', 5);
    const b = voteBy(1, 'no', 5);
    expect(count([a, b])).toEqual(count([b, a]));
    // "yes" sorts after "no" in canonical form, so it is the one kept.
    expect(count([a, b]).counted[0]?.choice).toBe('yes');
  });

  it('rejects a back-dated vote the pod received after closing as late', () => {
    const backdated = {
      ...voteBy(1, 'yes', 5),
      receivedAt: '2026-05-08T00:00:01Z',
    };
    const inTime = {
      ...voteBy(2, 'yes', 5),
      receivedAt: '2026-05-07T23:59:59Z',
    };
    const result = count([backdated, inTime]);
    expect(result.rejected.map((r) => [r.vote.voter, r.reason, r.detail])).toEqual([
      [member(1), 'late', 'received at 2026-05-08T00:00:01Z, at or after the closing time'],
    ]);
    expect(result.counted.map((v) => v.voter)).toEqual([member(2)]);
  });

  it('checks the signature before anything else, so an unverified late vote is bad-signature', () => {
    expect(reasons([{ ...voteBy(9, 'maybe', 1, false), castAt: CLOSES_AT }])).toEqual(['bad-signature']);
  });
});
