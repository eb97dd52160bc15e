import type { Quad, Term } from '@rdfjs/types';
import {
  DCTERMS_CREATED,
  EDDSA_RDFC_2022,
  RDF_TYPE,
  SEC_CRYPTOSUITE,
  SEC_CRYPTOSUITE_STRING,
  SEC_DATA_INTEGRITY_PROOF,
  SEC_PREVIOUS_PROOF,
  SEC_PROOF_PURPOSE,
  SEC_VERIFICATION_METHOD,
  XSD_DATE_TIME,
} from './security-terms.internal.js';

/** The options of one eddsa-rdfc-2022 proof, read from its configuration quads. */
export interface ProofOptions {
  readonly verificationMethod: string;
  readonly proofPurpose: string;
  readonly created?: string;
}

// xsd:dateTimeStamp: an xsd:dateTime that must carry a time zone.
const DATE_TIME_STAMP = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** True when the string is an xsd:dateTimeStamp (a date-time with a time zone). */
export function isDateTimeStamp(value: string): boolean {
  return DATE_TIME_STAMP.test(value) && !Number.isNaN(Date.parse(value));
}

/** The proof's options, or a reason it is not an eddsa-rdfc-2022 proof we can check. */
export function readProofOptions(config: readonly Quad[], node: Term): ProofOptions | { readonly problem: string } {
  if (!valuesOf(config, node, RDF_TYPE).some((t) => t.value === SEC_DATA_INTEGRITY_PROOF)) return { problem: 'proof is not a sec:DataIntegrityProof' };
  const suites = valuesOf(config, node, SEC_CRYPTOSUITE);
  const suite = suites[0];
  if (suites.length !== 1 || suite?.termType !== 'Literal' || suite.value !== EDDSA_RDFC_2022) {
    return { problem: `proof cryptosuite is not "${EDDSA_RDFC_2022}"` };
  }
  if (suite.datatype.value !== SEC_CRYPTOSUITE_STRING) return { problem: 'proof cryptosuite is not typed sec:cryptosuiteString' };
  if (valuesOf(config, node, SEC_PREVIOUS_PROOF).length > 0) return { problem: 'proof chains (sec:previousProof) are not supported' };
  const methods = valuesOf(config, node, SEC_VERIFICATION_METHOD);
  if (methods.length !== 1 || methods[0]?.termType !== 'NamedNode') return { problem: 'proof needs exactly one verificationMethod IRI' };
  const purposes = valuesOf(config, node, SEC_PROOF_PURPOSE);
  if (purposes.length !== 1 || purposes[0]?.termType !== 'NamedNode') return { problem: 'proof needs exactly one proofPurpose' };
  const created = valuesOf(config, node, DCTERMS_CREATED);
  const stamp = created[0];
  if (created.length > 1) return { problem: 'proof has more than one created time' };
  if (stamp && (stamp.termType !== 'Literal' || stamp.datatype.value !== XSD_DATE_TIME || !isDateTimeStamp(stamp.value))) {
    return { problem: 'proof created time is not an xsd:dateTime with a time zone' };
  }
  return { verificationMethod: methods[0].value, proofPurpose: purposes[0].value, ...(stamp ? { created: stamp.value } : {}) };
}

function valuesOf(config: readonly Quad[], node: Term, predicate: string): Term[] {
  const found: Term[] = [];
  for (const q of config) if (q.predicate.value === predicate && q.subject.equals(node)) found.push(q.object);
  return found;
}
