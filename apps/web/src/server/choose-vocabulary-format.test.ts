import { describe, expect, it } from 'vitest';
import { chooseVocabularyFormat } from './choose-vocabulary-format.js';

describe('chooseVocabularyFormat', () => {
  it('serves Turtle and JSON-LD to clients that ask for them', () => {
    expect(chooseVocabularyFormat('text/turtle')).toBe('turtle');
    expect(chooseVocabularyFormat('application/ld+json')).toBe('jsonld');
    expect(chooseVocabularyFormat('application/ld+json;profile="http://www.w3.org/ns/json-ld#expanded"')).toBe(
      'jsonld',
    );
  });

  it('serves the HTML page to browsers, wildcards and clients that send nothing', () => {
    expect(chooseVocabularyFormat('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('html');
    expect(chooseVocabularyFormat('*/*')).toBe('html');
    expect(chooseVocabularyFormat(undefined)).toBe('html');
    expect(chooseVocabularyFormat('image/png')).toBe('html');
  });

  it('follows q-values, preferring an exact type over a wildcard of the same weight', () => {
    expect(chooseVocabularyFormat('text/html;q=0.5, text/turtle;q=0.9')).toBe('turtle');
    expect(chooseVocabularyFormat('application/ld+json;q=0.8, text/turtle;q=0.3, */*;q=0.1')).toBe('jsonld');
    expect(chooseVocabularyFormat('*/*, text/turtle')).toBe('turtle');
    expect(chooseVocabularyFormat('text/turtle;q=0, text/html')).toBe('html');
  });
});
