import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countedVotesDigestInput, hashCountedVotes } from './counted-votes-digest.js';

const bob = {
  voter: 'https://b.example/#me',
  castAt: '2026-05-02T10:00:00Z',
  choice: { saturday: 5, monday: 0 },
};
const ann = {
  voter: 'https://a.example/#me',
  castAt: '2026-05-02T09:00:00Z',
  choice: ['B', 'A'],
};

describe('countedVotesDigestInput', () => {
  it('writes one canonical JSON line per vote, sorted by voter, keys sorted, list order kept', () => {
    expect(countedVotesDigestInput([bob, ann])).toBe(
      '{"castAt":"2026-05-02T09:00:00Z","choice":["B","A"],"voter":"https://a.example/#me"}\n' +
        '{"castAt":"2026-05-02T10:00:00Z","choice":{"monday":0,"saturday":5},"voter":"https://b.example/#me"}\n',
    );
  });

  it('does not depend on the order of the votes or of object keys', () => {
    const bobReordered = {
      choice: { monday: 0, saturday: 5 },
      castAt: bob.castAt,
      voter: bob.voter,
    };
    expect(countedVotesDigestInput([ann, bobReordered])).toBe(countedVotesDigestInput([bob, ann]));
  });

  it('keeps a line break inside a reason from splitting the line', () => {
    const text = countedVotesDigestInput([
      {
        voter: 'v',
        castAt: 't',
        choice: { response: 'block', reason: 'a\nb' },
      },
    ]);
    expect(text.split('\n')).toHaveLength(2);
  });

  it('is empty for no votes', () => {
    expect(countedVotesDigestInput([])).toBe('');
  });
});

describe('hashCountedVotes', () => {
  it('gives the SHA-256 of the UTF-8 digest input as lower-case hex, matching node:crypto', async () => {
    const expected = createHash('sha256')
      .update(countedVotesDigestInput([ann, bob]), 'utf8')
      .digest('hex');
    await expect(hashCountedVotes([bob, ann])).resolves.toBe(expected);
  });

  it('hashes no votes to the SHA-256 of the empty string', async () => {
    await expect(hashCountedVotes([])).resolves.toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('changes when any counted choice changes', async () => {
    const changed = { ...ann, choice: ['A', 'B'] };
    expect(await hashCountedVotes([ann, bob])).not.toBe(await hashCountedVotes([changed, bob]));
  });
});
