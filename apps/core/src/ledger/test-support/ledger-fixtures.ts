import type { Quad } from '@rdfjs/types';
import { generateKeyPair } from '../../signing/key-pair.js';
import { exportMultikey } from '../../signing/multikey.js';
import { signRecord } from '../../signing/sign-record.js';
import type { KeyResolver } from '../../signing/verify-record.js';
import { nextLogEntry } from '../next-log-entry.js';
import type { LogEntry } from '../log-entry.js';
import type { LedgerRules } from '../ledger-rules.js';
import { transferToQuads } from '../transfer-quads.js';
import type { TransferTerms } from '../transfer.js';

export const GROUP = 'https://pods.example/brixton-lets/profile/card#group';
export const MEMBERS = ['amina', 'ben', 'chloe', 'dev'].map((name) => `https://pods.example/${name}/profile/card#me`);
export const keyOf = (webId: string) => webId.replace('#me', '#key-1');

/** Rules with every member in the group since 2026 and the given limits. */
export function rulesWith(minimum = -5000, maximum = 20000): LedgerRules {
  return { group: GROUP, members: MEMBERS.map((member) => ({ member, from: '2026-01-01T00:00:00Z' })), limits: { defaults: { minimum, maximum } } };
}

let counter = 0;

/** A payment from payer to payee; ids and IRIs are unique per call. */
export function payment(payer: string, payee: string, amount: number, extra: Partial<TransferTerms> = {}): TransferTerms {
  counter += 1;
  const uuid = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id: `urn:uuid:${uuid}`,
    iri: `https://pods.example/brixton-lets/ledger/transfers/${uuid}#it`,
    payer,
    payee,
    amount,
    group: GROUP,
    time: '2026-03-05T17:42:10Z',
    initiator: payer,
    ...extra,
  };
}

/** Ed25519 keys for every member and a resolver that knows them. */
export async function memberKeys(): Promise<{ privateKeys: Map<string, CryptoKey>; resolveKey: KeyResolver }> {
  const privateKeys = new Map<string, CryptoKey>();
  const published = new Map<string, { publicKey: string; controller: string }>();
  for (const member of MEMBERS) {
    const pair = await generateKeyPair();
    privateKeys.set(member, pair.privateKey);
    published.set(keyOf(member), { publicKey: await exportMultikey(pair.publicKey), controller: member });
  }
  return { privateKeys, resolveKey: (method) => published.get(method) };
}

/** The transfer record signed by its initiator (and the payer, for a request). */
export async function signedRecord(t: TransferTerms, privateKeys: Map<string, CryptoKey>): Promise<Quad[]> {
  const record = transferToQuads(t);
  const signers = t.initiator === t.payer ? [t.payer] : [t.payee, t.payer];
  const proofs: Quad[] = [];
  for (const [index, signer] of signers.entries()) {
    const privateKey = privateKeys.get(signer);
    if (!privateKey) throw new Error(`no key for ${signer}`);
    // Decision 0011: the initiator's proof is <#proof>, the other party's <#proof-2>.
    const proofId = t.iri.replace('#it', index === 0 ? '#proof' : '#proof-2');
    proofs.push(...(await signRecord(record, { privateKey, verificationMethod: keyOf(signer), proofId, created: t.time })));
  }
  return [...record, ...proofs];
}

/** A hash-chained log of the given signed records. */
export async function chainOf(records: readonly { record: readonly Quad[]; transfer: string }[]): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  for (const { record, transfer } of records) entries.push(await nextLogEntry(entries.at(-1), record, { transfer }));
  return entries;
}
