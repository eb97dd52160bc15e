import { describe, expect, it } from 'vitest';
import { newestFirst, notificationFromQuads, type InboxNotification } from './inbox-notification.js';

// Plain terms: the reader only looks at `.value`, as for any RDF/JS quad.
const namedNode = (value: string) => ({ value });
const literal = (value: string, _datatype?: unknown) => ({ value });
const quad = (subject: { value: string }, predicate: { value: string }, object: { value: string }) => ({ subject, predicate, object });
const AS = 'https://www.w3.org/ns/activitystreams#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DOC = 'https://alice.example/inbox/abc';

describe('notificationFromQuads', () => {
  it('reads the activity type, actor, object, target, summary and date of the #it node', () => {
    const it_ = namedNode(`${DOC}#it`);
    const quads = [
      quad(it_, namedNode(RDF_TYPE), namedNode(`${AS}Accept`)),
      quad(it_, namedNode(`${AS}actor`), namedNode('https://g.example/profile/card#group')),
      quad(it_, namedNode(`${AS}object`), namedNode('https://g.example/inbox/req')),
      quad(it_, namedNode(`${AS}target`), namedNode('https://g.example/profile/card#group')),
      quad(it_, namedNode(`${AS}summary`), literal('Your request to join was accepted.')),
      quad(it_, namedNode(`${AS}published`), literal('2026-11-24T10:00:00Z', namedNode('http://www.w3.org/2001/XMLSchema#dateTime'))),
    ];
    expect(notificationFromQuads(quads, DOC)).toEqual({
      url: DOC,
      kind: 'Accept',
      actor: 'https://g.example/profile/card#group',
      object: 'https://g.example/inbox/req',
      target: 'https://g.example/profile/card#group',
      summary: 'Your request to join was accepted.',
      published: '2026-11-24T10:00:00Z',
    });
  });

  it('returns undefined for a document that holds no ActivityStreams activity', () => {
    const quads = [quad(namedNode(`${DOC}#x`), namedNode(RDF_TYPE), namedNode('http://schema.org/Thing'))];
    expect(notificationFromQuads(quads, DOC)).toBeUndefined();
  });

  it('leaves out fields the sender did not write', () => {
    const quads = [quad(namedNode(`${DOC}#n`), namedNode(RDF_TYPE), namedNode(`${AS}Remove`))];
    expect(notificationFromQuads(quads, DOC)).toEqual({ url: DOC, kind: 'Remove' });
  });
});

describe('newestFirst', () => {
  it('orders by publication date, newest first, undated last', () => {
    const n = (url: string, published?: string): InboxNotification => ({ url, kind: 'Accept', ...(published ? { published } : {}) });
    const sorted = [n('a', '2026-01-01T00:00:00Z'), n('b'), n('c', '2026-03-01T00:00:00Z')].sort(newestFirst);
    expect(sorted.map((x) => x.url)).toEqual(['c', 'a', 'b']);
  });
});
