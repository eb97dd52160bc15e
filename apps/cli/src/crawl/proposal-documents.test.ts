import { describe, expect, it } from 'vitest';
import { proposalDocumentsOf } from './proposal-documents.js';

describe('proposalDocumentsOf', () => {
  it('names a proposal container’s documents, ballots and discussion as optional', () => {
    expect(proposalDocumentsOf('https://pods.example/sel/decisions/4f0c/')).toEqual({
      required: ['https://pods.example/sel/decisions/4f0c/proposal', 'https://pods.example/sel/decisions/4f0c/roll'],
      optional: ['https://pods.example/sel/decisions/4f0c/ballots', 'https://pods.example/sel/decisions/4f0c/discussion'],
    });
  });

  it('leaves every other URL alone', () => {
    expect(proposalDocumentsOf('https://pods.example/sel/decisions/')).toBeUndefined();
    expect(proposalDocumentsOf('https://pods.example/sel/decisions/4f0c/ballots')).toBeUndefined();
    expect(proposalDocumentsOf('https://pods.example/sel/documents/4f0c/')).toBeUndefined();
  });
});
