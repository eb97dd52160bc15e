import { describe, expect, it } from 'vitest';
import { initialsOf, podNameOf, webIdLabel } from './member-label.internal.js';

describe('member labels', () => {
  it('shorten a WebID to host and pod path', () => {
    expect(webIdLabel('http://localhost:3000/alice/profile/card#me')).toBe('localhost:3000/alice');
    expect(webIdLabel('https://alice.solidcommunity.net/profile/card#me')).toBe('alice.solidcommunity.net');
  });

  it('guess the pod name from the first path segment, else the host', () => {
    expect(podNameOf('http://localhost:3000/alice/profile/card#me')).toBe('alice');
    expect(podNameOf('https://bob.example/')).toBe('bob.example');
  });

  it('take up to two initials, including accented letters', () => {
    expect(initialsOf('Dolores Ibáñez')).toBe('DI');
    expect(initialsOf('Émile')).toBe('É');
    expect(initialsOf('Ana María de la Cruz')).toBe('AM');
  });
});
