import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { LDP, MUTUA, RDF, SOLID, VF } from '@mutua/core';
import { ALL_PARTS } from './crawl-parts.js';
import { linksToFollow, type CrawlScope } from './links-to-follow.js';

const { namedNode, quad } = DataFactory;
const triple = (s: string, p: string, o: string) => quad(namedNode(s), namedNode(p), namedNode(o));
const scope: CrawlScope = { followPartners: true, classes: new Set([VF.Proposal]), parts: ALL_PARTS };

describe('linksToFollow', () => {
  it('leads from a group card to its members, marketplace, ledger, decisions, currency and partners', () => {
    const card = 'http://pods.example/sel/profile/card';
    const group = `${card}#group`;
    const links = linksToFollow(
      {
        url: card,
        etag: null,
        quads: [
          triple(group, RDF.type, MUTUA.Group),
          triple(group, MUTUA.currency, 'http://pods.example/sel/profile/currency#it'),
          triple(group, MUTUA.partnerGroup, 'http://pods.example/tb/profile/card#group'),
          triple(group, MUTUA.memberships, 'http://pods.example/sel/members/'),
          triple(group, 'http://www.w3.org/ns/ldp#inbox', 'http://pods.example/sel/inbox/'),
        ],
      },
      scope,
    );
    expect(links.sort()).toEqual(
      ['http://pods.example/sel/decisions/', 'http://pods.example/sel/ledger/', 'http://pods.example/sel/marketplace/', 'http://pods.example/sel/marketplace/public/', 'http://pods.example/sel/members/', 'http://pods.example/sel/profile/currency', 'http://pods.example/tb/profile/card'].sort(),
    );
    expect(linksToFollow({ url: card, etag: null, quads: [triple(group, RDF.type, MUTUA.Group), triple(group, MUTUA.partnerGroup, 'http://pods.example/tb/profile/card#group')] }, { ...scope, followPartners: false })).not.toContain('http://pods.example/tb/profile/card');
  });

  it('follows ledger entries a listing types as text/plain, but no other non-RDF file', () => {
    const folder = 'http://pods.example/sel/ledger/entries/000000/';
    const entry = `${folder}000000004`;
    const picture = `${folder}photo.png`;
    const links = linksToFollow(
      {
        url: folder,
        etag: null,
        quads: [
          triple(folder, LDP.contains, entry),
          triple(entry, RDF.type, 'http://www.w3.org/ns/iana/media-types/text/plain#Resource'),
          triple(folder, LDP.contains, picture),
          triple(picture, RDF.type, 'http://www.w3.org/ns/iana/media-types/image/png#Resource'),
        ],
      },
      scope,
    );
    expect(links).toEqual([entry]);
  });

  it('follows type index registrations only for the classes in scope, and container listings', () => {
    const index = 'http://pods.example/ana/settings/publicTypeIndex.ttl';
    const links = linksToFollow(
      {
        url: index,
        etag: null,
        quads: [
          triple(`${index}#offers`, SOLID.forClass, VF.Proposal),
          triple(`${index}#offers`, SOLID.instanceContainer, 'http://pods.example/ana/mutua/offers/'),
          triple(`${index}#photos`, SOLID.forClass, 'http://schema.org/Photograph'),
          triple(`${index}#photos`, SOLID.instanceContainer, 'http://pods.example/ana/photos/'),
        ],
      },
      scope,
    );
    expect(links).toEqual(['http://pods.example/ana/mutua/offers/']);
    const container = 'http://pods.example/ana/mutua/offers/';
    const listing = [
      triple(container, LDP.contains, `${container}bike`),
      triple(container, LDP.contains, `${container}bike.png`),
      triple(`${container}bike.png`, RDF.type, 'http://www.w3.org/ns/iana/media-types/image/png#Resource'),
      triple(container, LDP.contains, `${container}notes.ttl`),
      triple(`${container}notes.ttl`, RDF.type, 'http://www.w3.org/ns/iana/media-types/text/turtle#Resource'),
      triple(`${container}bike`, LDP.contains, 'http://elsewhere/'),
    ];
    // Pictures are skipped (their media type is not RDF); the listing's claims about others are not followed.
    expect(linksToFollow({ url: container, etag: null, quads: listing }, scope)).toEqual([`${container}bike`, `${container}notes.ttl`]);
  });

  it('leads from a membership to the member’s WebID document', () => {
    const doc = 'http://pods.example/sel/members/ana';
    expect(linksToFollow({ url: doc, etag: null, quads: [triple(`${doc}#it`, RDF.type, MUTUA.Membership), triple(`${doc}#it`, MUTUA.member, 'http://pods.example/ana/profile/card#me')] }, scope)).toEqual(['http://pods.example/ana/profile/card']);
  });
});
