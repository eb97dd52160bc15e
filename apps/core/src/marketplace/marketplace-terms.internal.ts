import { AS, DCTERMS, MUTUA, RDF, SCHEMA, SEC, XSD } from '../vocab/terms.generated.js';

// Withdrawals are ActivityStreams Delete activities, so other apps can read them without Mutua's vocabulary.
export const AS_DELETE = 'https://www.w3.org/ns/activitystreams#Delete';
export const AS_TARGET = 'https://www.w3.org/ns/activitystreams#target';
export const AS_ACTOR = AS.actor;
export const AS_OBJECT = AS.object;
export const AS_PUBLISHED = AS.published;
export const RDF_TYPE = RDF.type;
export const SEC_PROOF = SEC.proof;
export const SCHEMA_LOCATION = SCHEMA.location;
export const MARKETPLACE_ENTRY = MUTUA.MarketplaceEntry;
/** Roster triple in an index head: `<group> mutua:member <webId>`, written by an admin. */
export const MUTUA_MEMBER = MUTUA.member;
/** Link from an index head to its other pages: `<head> dcterms:hasPart <page>`. */
export const DCTERMS_HAS_PART = 'http://purl.org/dc/terms/hasPart';
export const DCTERMS_MODIFIED = DCTERMS.modified;
export const XSD_DATE_TIME = XSD.dateTime;
export const SEC_ASSERTION_METHOD = SEC.assertionMethod;
export const SEC_CONTROLLER = SEC.controller;
