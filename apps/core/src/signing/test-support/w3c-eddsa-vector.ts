// The eddsa-rdfc-2022 test vector of the W3C "Data Integrity EdDSA Cryptosuites v1.0"
// Recommendation (representation eddsa-rdfc-2022; TestVectors/ in w3c/vc-di-eddsa): key pair,
// canonical credential without proof, proof options, and the expected hashes and proof value.

export const W3C_PUBLIC_KEY_MULTIBASE = 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
/** Multicodec ed25519-priv (0x8026) + 32-byte seed, base58btc. */
export const W3C_SECRET_KEY_MULTIBASE = 'z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq';
export const W3C_VERIFICATION_METHOD = `https://vc.example/issuers/5678#${W3C_PUBLIC_KEY_MULTIBASE}`;
export const W3C_CONTROLLER = 'https://vc.example/issuers/5678';
export const W3C_CREATED = '2023-02-24T23:36:38Z';

const ID = '<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33>';
const CRED = 'https://www.w3.org/2018/credentials#';
const EX = 'https://www.w3.org/ns/credentials/examples#';

/** The credential without its proof, as canonical N-Quads (also valid N-Triples input). */
export const W3C_CANONICAL_DOCUMENT = [
  `<did:example:abcdefgh> <${EX}alumniOf> "The School of Examples" .`,
  `${ID} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${CRED}VerifiableCredential> .`,
  `${ID} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${EX}AlumniCredential> .`,
  `${ID} <https://schema.org/description> "A minimum viable example of an Alumni Credential." .`,
  `${ID} <https://schema.org/name> "Alumni Credential" .`,
  `${ID} <${CRED}credentialSubject> <did:example:abcdefgh> .`,
  `${ID} <${CRED}issuer> <https://vc.example/issuers/5678> .`,
  `${ID} <${CRED}validFrom> "2023-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`,
  '',
].join('\n');

/** The proof options, canonicalised. */
export const W3C_CANONICAL_PROOF_CONFIG = [
  `_:c14n0 <http://purl.org/dc/terms/created> "${W3C_CREATED}"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`,
  '_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .',
  '_:c14n0 <https://w3id.org/security#cryptosuite> "eddsa-rdfc-2022"^^<https://w3id.org/security#cryptosuiteString> .',
  '_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .',
  `_:c14n0 <https://w3id.org/security#verificationMethod> <${W3C_VERIFICATION_METHOD}> .`,
  '',
].join('\n');

/** SHA-256(proof config) followed by SHA-256(document), hex. */
export const W3C_COMBINED_HASH =
  '4c4d3890a157f8d611b13c265c2c22f39aa0a567c7c7dd9ba3e45cd579784eeb517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017';
export const W3C_PROOF_VALUE = 'z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9';
