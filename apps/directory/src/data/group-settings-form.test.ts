import { describe, expect, it } from 'vitest';
import { categoryIdFor, formatShare, parseLanguages, parseShare } from './group-settings-form.js';

describe('parseShare', () => {
  it('reads percentages as exact decimal shares', () => {
    expect(parseShare('30')).toBe('0.3');
    expect(parseShare('12.5 %')).toBe('0.125');
    expect(parseShare('100')).toBe('1');
    expect(parseShare('0')).toBe('0');
  });

  it('refuses values outside 0-100 % and text that is not a number', () => {
    expect(parseShare('101')).toBeUndefined();
    expect(parseShare('-5')).toBeUndefined();
    expect(parseShare('half')).toBeUndefined();
    expect(parseShare('33.333')).toBeUndefined();
  });
});

describe('formatShare', () => {
  it('writes a stored share as the percentage that parseShare reads back', () => {
    for (const share of ['0.3', '0.125', '1', '0', '0.6667']) expect(parseShare(formatShare(share))).toBe(share);
    expect(formatShare('0.5')).toBe('50');
  });
});

describe('parseLanguages', () => {
  it('normalises, deduplicates and separates invalid entries', () => {
    expect(parseLanguages('fr, ES ,ca,, fr, pt-BR, 12, français')).toEqual({ languages: ['fr', 'es', 'ca', 'pt-br'], invalid: ['12', 'français'] });
  });
});

describe('categoryIdFor', () => {
  it('derives an id from the label and keeps it unique', () => {
    expect(categoryIdFor('Garden tools', [])).toBe('garden-tools');
    expect(categoryIdFor('Garden tools', ['garden-tools'])).toBe('garden-tools-2');
    expect(categoryIdFor('Éducation', ['x'])).toBe('education');
    expect(categoryIdFor('???', [])).toBe('category');
  });
});
