import type { Quad } from '@rdfjs/types';
import { generateKeyPair } from '../key-pair.js';
import { exportMultikey } from '../multikey.js';
import { signRecord } from '../sign-record.js';
import type { KeyResolver } from '../verify-record.js';
import { parseTurtle } from './rdf.js';
import { AMINA, AMINA_KEY, BEN, BEN_KEY, TRANSFER_TURTLE, TRANSFER_URL } from './transfer-record.js';

/** The example transfer signed by payer (Amina) and payee (Ben), and a resolver that knows both keys. */
export async function signedTransfer(): Promise<{ record: Quad[]; proofs: Quad[]; resolveKey: KeyResolver }> {
  const [amina, ben] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  const record = parseTurtle(TRANSFER_TURTLE, TRANSFER_URL);
  const payee = await signRecord(record, { privateKey: ben.privateKey, verificationMethod: BEN_KEY, proofId: `${TRANSFER_URL}#proof-payee`, created: '2026-03-05T17:40:00Z' });
  const payer = await signRecord([...record, ...payee], { privateKey: amina.privateKey, verificationMethod: AMINA_KEY, proofId: `${TRANSFER_URL}#proof-payer`, created: '2026-03-05T17:42:11Z' });
  const keys = new Map([
    [AMINA_KEY, { publicKey: await exportMultikey(amina.publicKey), controller: AMINA }],
    [BEN_KEY, { publicKey: await exportMultikey(ben.publicKey), controller: BEN }],
  ]);
  return { record, proofs: [...payee, ...payer], resolveKey: (method) => keys.get(method) };
}
