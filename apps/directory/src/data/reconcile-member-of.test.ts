import type { Group, Membership } from '@mutua/core';
import { describe, expect, it } from 'vitest';
import type { DirectoryGroup } from './directory-group.js';
import { reconcileMemberOf } from './reconcile-member-of.js';

const A = 'https://a.example/profile/card#group';
const B = 'https://b.example/profile/card#group';
const C = 'https://c.example/profile/card#group';

// Only the fields the function reads matter; the rest of the records are left out on purpose.
const seen = (url: string, member: boolean): DirectoryGroup =>
  ({ group: { url } as Group, ...(member ? { membership: { role: 'member', status: 'active' } as Membership } : {}) }) as DirectoryGroup;

describe('reconcileMemberOf', () => {
  it('adds groups where the member is active and drops groups that were read without a membership', () => {
    expect(reconcileMemberOf([A, B], [seen(A, false), seen(B, true), seen(C, true)])).toEqual([B, C]);
  });

  it('keeps listed groups the directory could not read', () => {
    expect(reconcileMemberOf([A, C], [seen(B, true)])).toEqual([A, C, B]);
  });

  it('returns undefined when the profile already lists exactly the right groups, in any order', () => {
    expect(reconcileMemberOf([B, A], [seen(A, true), seen(B, true), seen(C, false)])).toBeUndefined();
  });
});
