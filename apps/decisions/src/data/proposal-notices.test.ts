import { describe, expect, it } from 'vitest';
import type { ProposalRecord } from './core-decisions.js';
import { proposalNotices } from './proposal-notices.js';

const NOW = new Date('2026-05-10T12:00:00Z');

function proposal(title: string, fields: Partial<ProposalRecord>): ProposalRecord {
  return {
    url: `https://group.example/decisions/${title}/proposal#it`,
    title,
    description: '',
    options: [],
    votingMethod: 'yesNo',
    quorum: '0.5',
    approvalThreshold: '0.5',
    startDate: '2026-05-01T00:00:00Z',
    endDate: '2026-05-20T00:00:00Z',
    runningResultsVisible: true,
    status: 'open',
    group: 'https://group.example/profile/card#group',
    creator: 'https://a.example/profile/card#me',
    created: '2026-05-01T00:00:00Z',
    ...fields,
  } as ProposalRecord;
}

describe('proposalNotices', () => {
  it('announces open proposals created since the last visit and those closing within a day', () => {
    const notices = proposalNotices(
      [
        proposal('fresh', { created: '2026-05-09T00:00:00Z', startDate: '2026-05-09T00:00:00Z' }),
        proposal('old', {}),
        proposal('closing', { endDate: '2026-05-11T06:00:00Z' }),
        proposal('closed', { status: 'closed', created: '2026-05-09T00:00:00Z', endDate: '2026-05-10T13:00:00Z' }),
        proposal('draft', { status: 'draft', created: '2026-05-09T00:00:00Z' }),
      ],
      NOW,
      '2026-05-05T00:00:00Z',
    );
    expect(notices.map((n) => [n.kind, n.proposal.title])).toEqual([
      ['new', 'fresh'],
      ['closing-soon', 'closing'],
    ]);
  });

  it('treats the past week as new on a first visit', () => {
    const notices = proposalNotices([proposal('week', { created: '2026-05-04T00:00:00Z' }), proposal('month', { created: '2026-04-01T00:00:00Z', startDate: '2026-04-01T00:00:00Z' })], NOW);
    expect(notices.map((n) => n.proposal.title)).toEqual(['week']);
  });
});
