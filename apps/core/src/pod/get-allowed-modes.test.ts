import { describe, expect, it } from 'vitest';
import { parseWacAllow } from './get-allowed-modes.js';

describe('parseWacAllow', () => {
  it('reads the user’s and the public’s modes from a WAC-Allow header', () => {
    const header = 'user="read write append control",public="read"';
    expect([...parseWacAllow(header)].sort()).toEqual(['append', 'control', 'read', 'write']);
    expect([...parseWacAllow(header, 'public')]).toEqual(['read']);
  });

  it('tolerates spacing and case, and ignores modes WAC does not define', () => {
    expect([...parseWacAllow('public="", User = "Read Append Delete"')].sort()).toEqual(['append', 'read']);
  });

  it('grants nothing without a header or an entry for the group asked about', () => {
    expect(parseWacAllow(null).size).toBe(0);
    expect(parseWacAllow('public="read"').size).toBe(0);
  });
});
