// IRIs of the W3C Data Integrity / Multikey vocabulary used by the signing code, kept in one
// place so the generated vocabulary constants can replace them without touching the logic.

const SEC = 'https://w3id.org/security#';

export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
export const XSD_DATE_TIME = 'http://www.w3.org/2001/XMLSchema#dateTime';
/** Data Integrity puts `created` in Dublin Core terms, not in the security namespace. */
export const DCTERMS_CREATED = 'http://purl.org/dc/terms/created';

export const SEC_PROOF = `${SEC}proof`;
export const SEC_DATA_INTEGRITY_PROOF = `${SEC}DataIntegrityProof`;
export const SEC_CRYPTOSUITE = `${SEC}cryptosuite`;
/** The JSON-LD context types `cryptosuite` with this datatype; a plain string hashes differently. */
export const SEC_CRYPTOSUITE_STRING = `${SEC}cryptosuiteString`;
export const SEC_VERIFICATION_METHOD = `${SEC}verificationMethod`;
export const SEC_PROOF_PURPOSE = `${SEC}proofPurpose`;
export const SEC_PROOF_VALUE = `${SEC}proofValue`;
export const SEC_PREVIOUS_PROOF = `${SEC}previousProof`;
export const SEC_MULTIBASE = `${SEC}multibase`;
export const SEC_ASSERTION_METHOD = `${SEC}assertionMethod`;
export const SEC_MULTIKEY = `${SEC}Multikey`;
export const SEC_CONTROLLER = `${SEC}controller`;
export const SEC_PUBLIC_KEY_MULTIBASE = `${SEC}publicKeyMultibase`;
export const SEC_REVOKED = `${SEC}revoked`;
export const SEC_EXPIRATION = `${SEC}expiration`;

export const EDDSA_RDFC_2022 = 'eddsa-rdfc-2022';
