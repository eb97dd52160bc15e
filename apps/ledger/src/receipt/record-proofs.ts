import type { Quad } from '@rdfjs/types';

const SEC = 'https://w3id.org/security#';
const CREATED = 'http://purl.org/dc/terms/created';

/** What a receipt shows of one signature on a record. */
export interface ProofSummary {
  readonly verificationMethod: string;
  readonly cryptosuite?: string;
  readonly created?: string;
}

/** The proofs attached to `subject` in a signed record (a proof node, or a proof graph), for display only. */
export function recordProofs(record: readonly Quad[], subject: string): ProofSummary[] {
  const proofNodes = record.filter((q) => q.subject.value === subject && q.predicate.value === `${SEC}proof`).map((q) => q.object.value);
  return proofNodes.flatMap((node) => {
    // The node itself, or the nodes inside the graph it names.
    const about = record.filter((q) => q.subject.value === node || q.graph.value === node);
    const value = (p: string) => about.find((q) => q.predicate.value === p)?.object.value;
    const method = value(`${SEC}verificationMethod`);
    if (method === undefined) return [];
    const cryptosuite = value(`${SEC}cryptosuite`);
    const created = value(CREATED);
    return [{ verificationMethod: method, ...(cryptosuite ? { cryptosuite } : {}), ...(created ? { created } : {}) }];
  });
}
