import { describe, expect, it } from 'vitest';
import { parseIssuerUrl } from './parse-issuer-url.js';

describe('parseIssuerUrl', () => {
  it('accepts http and https URLs as typed', () => {
    expect(parseIssuerUrl('https://solidcommunity.net')?.href).toBe('https://solidcommunity.net/');
    expect(parseIssuerUrl('http://localhost:3000/')?.href).toBe('http://localhost:3000/');
    expect(parseIssuerUrl('  https://idp.example/realm  ')?.href).toBe('https://idp.example/realm');
  });

  it('adds https:// to a bare host name and http:// to localhost', () => {
    expect(parseIssuerUrl('solidcommunity.net')?.href).toBe('https://solidcommunity.net/');
    expect(parseIssuerUrl('localhost:3000')?.href).toBe('http://localhost:3000/');
    expect(parseIssuerUrl('127.0.0.1:8443/')?.href).toBe('http://127.0.0.1:8443/');
  });

  it('drops the query and fragment', () => {
    expect(parseIssuerUrl('https://idp.example/?x=1#y')?.href).toBe('https://idp.example/');
  });

  it('rejects other schemes, credentials, spaces and empty input', () => {
    for (const input of [
      '',
      '   ',
      'javascript:alert(1)',
      'ftp://idp.example/',
      'https://user:pw@idp.example/',
      'https://idp example/',
      'mailto:a@b.c',
    ]) {
      expect(parseIssuerUrl(input), input).toBeUndefined();
    }
  });
});
