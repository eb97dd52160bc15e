import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { recordFromQuads, type RecordType } from '../../../apps/core/src/index.js';
import { loginWithClientCredentials } from '../../../pod-server/src/index.js';
import { getAccount, getPodServer } from '../../support/pod.js';

const examples = new URL('../../../vocab/examples/', import.meta.url);

/** The vocabulary's example of a record type, decoded; its first line names its URL. */
export function exampleRecord<T extends RecordType>(type: T, file: string = type.name): ReturnType<typeof recordFromQuads<T['fields']>> {
  const turtle = readFileSync(new URL(`${file}.ttl`, examples), 'utf8');
  const url = /https:\/\/pods\.example\/\S+/.exec(turtle.split('\n')[0]!)![0];
  return recordFromQuads(type as RecordType<T['fields']>, new Parser({ baseIRI: url }).parse(turtle), url);
}

/** A fresh container URL in a seeded pod, unique per call, so test files never collide. */
export function freshContainer(account: string, purpose: string): string {
  return `${getAccount(account).podUrl}data-layer-tests/${purpose}-${globalThis.crypto.randomUUID().slice(0, 8)}/`;
}

/** Wraps a fetch and counts the requests that went through it, by method. */
export function countingFetch(inner: typeof fetch): { fetch: typeof fetch; calls: () => number; methods: string[] } {
  const methods: string[] = [];
  const counted = ((input: RequestInfo | URL, init?: RequestInit) => {
    methods.push(init?.method ?? 'GET');
    return inner(input, init);
  }) as typeof fetch;
  return { fetch: counted, calls: () => methods.length, methods };
}

/** An account with a brand-new pod, as CSS makes it: no type index, no preferences, no pim:storage. */
export interface FreshAccount {
  readonly webId: string;
  readonly podUrl: string;
  readonly fetch: typeof fetch;
}

async function json(response: Response, attempted: string): Promise<Record<string, any>> {
  if (!response.ok) throw new Error(`${attempted} failed at ${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, any>;
}

/** Creates an account and pod through the CSS 7 account API and logs it in (client credentials). */
export async function createFreshAccount(prefix: string): Promise<FreshAccount> {
  const { baseUrl } = getPodServer();
  const name = `${prefix}-${globalThis.crypto.randomUUID().slice(0, 8)}`;
  const email = `${name}@mutua.example`;
  const password = 'data-layer-test';
  const indexUrl = new URL('.account/', baseUrl).href;
  const index = await json(await fetch(indexUrl), 'Reading the account API');
  const { authorization } = await json(await fetch(index.controls.account.create, { method: 'POST' }), 'Creating an account');
  const auth = { authorization: `CSS-Account-Token ${authorization}` };
  const headers = { ...auth, 'content-type': 'application/json' };
  const controls = (await json(await fetch(indexUrl, { headers: auth }), 'Reading the account controls')).controls;
  await json(await fetch(controls.password.create, { method: 'POST', headers, body: JSON.stringify({ email, password }) }), 'Adding a password login');
  const pod = await json(await fetch(controls.account.pod, { method: 'POST', headers, body: JSON.stringify({ name }) }), 'Creating a pod');
  const agent = await loginWithClientCredentials({ baseUrl, email, password, webId: pod.webId });
  return { webId: pod.webId, podUrl: pod.pod, fetch: agent.fetch };
}
