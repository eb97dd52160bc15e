import { describe, expect, it } from 'vitest';
import { isRealDateTime, isValidLexicalForm } from './lexical-forms.internal.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('isRealDateTime', () => {
  it('accepts real instants with or without a time zone', () => {
    expect(isRealDateTime('2026-03-01T10:00:00Z', false)).toBe(true);
    expect(isRealDateTime('2028-02-29T23:59:59.999+14:00', false)).toBe(true);
    expect(isRealDateTime('2026-03-01T24:00:00Z', false)).toBe(true);
    expect(isRealDateTime('2026-03-01T10:00:00', false)).toBe(true);
  });

  it('refuses dates that do not exist on the calendar', () => {
    expect(isRealDateTime('2026-13-45T99:00:00Z', false)).toBe(false);
    expect(isRealDateTime('2026-02-30T10:00:00Z', false)).toBe(false);
    expect(isRealDateTime('2026-02-29T10:00:00Z', false)).toBe(false);
    expect(isRealDateTime('2100-02-29T10:00:00Z', false)).toBe(false);
    expect(isRealDateTime('2026-04-31T10:00:00Z', false)).toBe(false);
    expect(isRealDateTime('2026-03-01T10:60:00Z', false)).toBe(false);
    expect(isRealDateTime('2026-03-01T24:00:01Z', false)).toBe(false);
    expect(isRealDateTime('2026-03-01T10:00:00+15:00', false)).toBe(false);
  });

  it('requires the time zone when asked to (xsd:dateTimeStamp)', () => {
    expect(isRealDateTime('2026-03-01T10:00:00', true)).toBe(false);
  });
});

describe('isValidLexicalForm', () => {
  it('checks integers, decimals and booleans the way rdf-validate-datatype does', () => {
    expect(isValidLexicalForm('-42', XSD + 'integer')).toBe(true);
    expect(isValidLexicalForm('4.2', XSD + 'integer')).toBe(false);
    expect(isValidLexicalForm('1.', XSD + 'decimal')).toBe(true);
    expect(isValidLexicalForm('1e3', XSD + 'decimal')).toBe(false);
    expect(isValidLexicalForm('1', XSD + 'boolean')).toBe(true);
    expect(isValidLexicalForm('yes', XSD + 'boolean')).toBe(false);
  });

  it('accepts any lexical form for datatypes it does not know', () => {
    expect(isValidLexicalForm('anything', 'https://w3id.org/security#multibase')).toBe(true);
  });
});
