import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { T } from './ledger-terms.internal.js';
import type { TransferTerms } from './transfer.js';

const { quad, namedNode, literal } = DataFactory;

/** The quads of a transfer record, ready to sign: its terms only, no status and no proof. */
export function transferToQuads(transfer: TransferTerms): Quad[] {
  const it = namedNode(transfer.iri);
  const link = (p: string, iri: string) => quad(it, namedNode(p), namedNode(iri));
  const optional = (p: string, iri: string | undefined) => (iri === undefined ? [] : [link(p, iri)]);
  return [
    link(T.type, T.Transfer),
    quad(it, namedNode(T.identifier), literal(transfer.id)),
    link(T.payer, transfer.payer),
    link(T.payee, transfer.payee),
    quad(it, namedNode(T.amount), literal(String(transfer.amount), namedNode(T.integer))),
    ...optional(T.currency, transfer.currency),
    link(T.group, transfer.group),
    ...(transfer.description === undefined ? [] : [quad(it, namedNode(T.description), literal(transfer.description))]),
    ...optional(T.offer, transfer.offer),
    quad(it, namedNode(T.created), literal(transfer.time, namedNode(T.dateTime))),
    link(T.initiator, transfer.initiator),
    ...optional(T.reverses, transfer.reverses),
  ] as Quad[];
}
