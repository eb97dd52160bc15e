import { loginWithClientCredentials, type AuthenticatedAgent } from '../../../pod-server/src/index.js';

/** An account with its own pod made for one test file, so tests never change the shared demo pods. */
export interface TestAccount {
  name: string;
  podUrl: string;
  webId: string;
  agent: AuthenticatedAgent;
}

async function json(response: Response, attempted: string): Promise<Record<string, any>> {
  if (!response.ok) throw new Error(`${attempted} failed at ${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, any>;
}

/** Creates a CSS account with one pod through the CSS 7 account API (what a host does for a new group) and logs it in. */
export async function createTestAccount(baseUrl: string, prefix: string): Promise<TestAccount> {
  const name = `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `${name}@mutua.example`;
  const password = 'mutua-test';
  const indexUrl = new URL('.account/', baseUrl).href;
  const index = await json(await fetch(indexUrl), 'Reading the account API');
  const { authorization } = await json(await fetch(index.controls.account.create, { method: 'POST' }), 'Creating an account');
  const auth = { authorization: `CSS-Account-Token ${authorization}` };
  const headers = { ...auth, 'content-type': 'application/json' };
  const controls = (await json(await fetch(indexUrl, { headers: auth }), 'Reading the account controls')).controls;
  await json(await fetch(controls.password.create, { method: 'POST', headers, body: JSON.stringify({ email, password }) }), 'Adding a password login');
  const pod = await json(await fetch(controls.account.pod, { method: 'POST', headers, body: JSON.stringify({ name }) }), 'Creating a pod');
  const podUrl: string = pod.pod;
  const webId: string = pod.webId;
  const agent = await loginWithClientCredentials({ baseUrl, email, password, webId });
  return { name, podUrl, webId, agent };
}
