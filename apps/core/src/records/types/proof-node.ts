import { dateTime, lexical } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { identifiedNode, type Identified } from '../node-codecs.js';
import { one, type NodeData } from '../field.js';
import { DCTERMS, SEC } from '../../vocab/terms.generated.js';

const proofFields = {
  cryptosuite: one(SEC.cryptosuite, lexical(SEC.cryptosuiteString, 'a cryptosuite name typed sec:cryptosuiteString')),
  /** The signer's key, e.g. `https://pod.example/alice/profile/card#key-1`. */
  verificationMethod: one(SEC.verificationMethod, iri),
  proofPurpose: one(SEC.proofPurpose, oneOf({ assertionMethod: SEC.assertionMethod })),
  created: one(DCTERMS.created, dateTime),
  proofValue: one(SEC.proofValue, lexical(SEC.multibase, 'a multibase value typed sec:multibase')),
};

/**
 * A W3C Data Integrity proof stored beside the record (`<#proof>`). The data layer only
 * carries it; apps/core/src/signing makes and checks it.
 */
export const proofNode = identifiedNode({ types: [SEC.DataIntegrityProof], fields: proofFields });

export type Proof = Identified<NodeData<typeof proofFields>>;
