import { describe, expect, it } from 'vitest';
import { cellText } from './cell-text.js';

describe('cellText', () => {
  it('compacts IRIs of the vocabulary and leaves other IRIs and literals whole', () => {
    expect(cellText({ type: 'uri', value: 'https://w3id.org/mutua/ns#Transfer' })).toBe('mutua:Transfer');
    expect(cellText({ type: 'uri', value: 'https://pod.example/sel/profile/categories#home' })).toBe(
      'https://pod.example/sel/profile/categories#home',
    );
    expect(cellText({ type: 'literal', value: 'Épicerie', 'xml:lang': 'fr' })).toBe('Épicerie');
    expect(cellText({ type: 'bnode', value: 'b0' })).toBe('_:b0');
    expect(cellText(undefined)).toBe('');
  });
});
