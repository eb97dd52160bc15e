import { describe, expect, it } from 'vitest';
import { toSafeHttpUrl } from './to-safe-http-url.js';

describe('toSafeHttpUrl', () => {
  it('returns absolute http and https URLs unchanged apart from normalisation', () => {
    expect(toSafeHttpUrl('https://pod.example/alice/photo.jpg')).toBe('https://pod.example/alice/photo.jpg');
    expect(toSafeHttpUrl(' http://localhost:3000/a b ')).toBe('http://localhost:3000/a%20b');
  });

  it('resolves relative URLs against the base', () => {
    expect(toSafeHttpUrl('../photo.svg', 'http://localhost:3000/alice/profile/card')).toBe(
      'http://localhost:3000/alice/photo.svg',
    );
  });

  it('rejects script, data, file and other schemes', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:image/svg+xml,<svg/>',
      'file:///etc/passwd',
      'ftp://x.example/',
      'vbscript:x',
    ]) {
      expect(toSafeHttpUrl(value)).toBeUndefined();
    }
  });

  it('rejects values that are not URLs', () => {
    expect(toSafeHttpUrl('not a url')).toBeUndefined();
    expect(toSafeHttpUrl('')).toBeUndefined();
  });
});
