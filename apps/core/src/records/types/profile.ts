import { lexical, text } from '../literal-codecs.js';
import { iri } from '../iri-codecs.js';
import { identifiedNode } from '../node-codecs.js';
import { many, one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { FOAF, LDP, PIM, SCHEMA, SEC, VCARD } from '../../vocab/terms.generated.js';
import { placeNode } from './place-node.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';

const multikeyNode = identifiedNode({
  types: [SEC.Multikey],
  fields: {
    controller: one(SEC.controller, iri),
    publicKeyMultibase: one(SEC.publicKeyMultibase, lexical(SEC.multibase, 'an Ed25519 public key in multibase (z6Mk…)')),
  },
});

/**
 * A member's WebID profile. The card is shared with the pod server and other Solid apps,
 * so saving changes only these fields and keeps every other triple.
 */
export const profileType = defineRecordType({
  name: 'profile',
  classIri: FOAF.Person,
  types: [FOAF.Person, SCHEMA.Person],
  fragment: 'me',
  document: 'shared',
  fields: {
    name: one(FOAF.name, text),
    photo: optional(VCARD.hasPhoto, iri),
    note: optional(VCARD.note, text),
    skills: many(SCHEMA.knowsAbout, text),
    location: optional(SCHEMA.location, placeNode),
    inbox: optional(LDP.inbox, iri),
    storage: many(PIM.storage, iri),
    /** Public keys that verify this member's signatures (`<#key-1>`…). */
    keys: many(SEC.assertionMethod, multikeyNode),
    memberOf: many(SCHEMA.memberOf, iri),
  },
});

export type Profile = RecordOf<typeof profileType>;
export type ProfileInit = RecordInit<typeof profileType>;

/** Reads the profile at `url`, validated against its shape; throws a typed error otherwise. */
export function getProfile(url: string, options?: PodRequestOptions): Promise<Profile> {
  return getRecord(profileType, url, options);
}

/** Validates the profile, then changes only its own fields in the shared card (N3 Patch, `If-Match`). */
export function saveProfile(profile: Profile, options?: PodRequestOptions): Promise<Profile> {
  return saveRecord(profileType, profile, options);
}
