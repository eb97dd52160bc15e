import type { Quad, Quad_Subject } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { encodeBase58btc } from './multibase.internal.js';
import { canonicalHash, proofHashData } from './proof-hash-data.internal.js';
import { isDateTimeStamp } from './proof-options.internal.js';
import { RecordSigningError } from './record-signing-error.js';
import { recordRoot } from './record-root.internal.js';
import {
  DCTERMS_CREATED,
  EDDSA_RDFC_2022,
  RDF_TYPE,
  SEC_ASSERTION_METHOD,
  SEC_CRYPTOSUITE,
  SEC_CRYPTOSUITE_STRING,
  SEC_DATA_INTEGRITY_PROOF,
  SEC_MULTIBASE,
  SEC_PROOF,
  SEC_PROOF_PURPOSE,
  SEC_PROOF_VALUE,
  SEC_VERIFICATION_METHOD,
  XSD_DATE_TIME,
} from './security-terms.internal.js';
import { splitProofs } from './split-proofs.internal.js';

const { quad, namedNode, literal, blankNode } = DataFactory;

/** How to sign a record. */
export interface SignRecordOptions {
  /** Ed25519 private key (WebCrypto) of the signer. */
  readonly privateKey: CryptoKey;
  /** IRI of the signer's Multikey, e.g. `https://pod/profile/card#key-1`. */
  readonly verificationMethod: string;
  /** When the proof was made; defaults to now. A string must be an xsd:dateTimeStamp. */
  readonly created?: Date | string;
  /** IRI of the proof purpose; defaults to sec:assertionMethod. */
  readonly proofPurpose?: string;
  /** IRI of the proof node (e.g. `…#proof-payer`); a blank node when omitted. */
  readonly proofId?: string;
  /** The record's main subject, which gets the `sec:proof` link; found when omitted. */
  readonly subject?: string;
}

/** An eddsa-rdfc-2022 proof over the record (ignoring proofs already on it): the quads to add. */
export async function signRecord(quads: readonly Quad[], options: SignRecordOptions): Promise<Quad[]> {
  const { document, proofs } = splitProofs(quads);
  const subject = options.subject !== undefined ? namedNode(options.subject) : recordRoot(document);
  if (!subject) throw new RecordSigningError('Cannot sign the record: it has no single main subject; pass options.subject');
  if (options.proofId !== undefined && proofs.some((p) => p.node.value === options.proofId)) {
    throw new RecordSigningError(`Cannot sign the record: it already has a proof named <${options.proofId}>`);
  }
  const node = options.proofId !== undefined ? namedNode(options.proofId) : blankNode();
  const config = proofConfig(node, options);
  const data = await proofHashData(config, canonicalHash(document));
  const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', options.privateKey, data));
  return [
    quad(subject as Quad_Subject, namedNode(SEC_PROOF), node) as Quad,
    ...config,
    quad(node, namedNode(SEC_PROOF_VALUE), literal(encodeBase58btc(signature), namedNode(SEC_MULTIBASE))) as Quad,
  ];
}

function proofConfig(node: Quad_Subject, options: SignRecordOptions): Quad[] {
  const created = createdStamp(options.created ?? new Date());
  return [
    quad(node, namedNode(RDF_TYPE), namedNode(SEC_DATA_INTEGRITY_PROOF)),
    quad(node, namedNode(SEC_CRYPTOSUITE), literal(EDDSA_RDFC_2022, namedNode(SEC_CRYPTOSUITE_STRING))),
    quad(node, namedNode(DCTERMS_CREATED), literal(created, namedNode(XSD_DATE_TIME))),
    quad(node, namedNode(SEC_VERIFICATION_METHOD), namedNode(options.verificationMethod)),
    quad(node, namedNode(SEC_PROOF_PURPOSE), namedNode(options.proofPurpose ?? SEC_ASSERTION_METHOD)),
  ] as Quad[];
}

// Whole seconds in UTC, the form other Data Integrity implementations write.
function createdStamp(created: Date | string): string {
  if (typeof created !== 'string') return created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (!isDateTimeStamp(created)) throw new RecordSigningError(`Cannot sign the record: created "${created}" has no time zone or is not a date-time`);
  return created;
}
