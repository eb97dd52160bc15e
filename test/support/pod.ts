import { inject } from 'vitest';
import { loginWithClientCredentials, type AuthenticatedAgent } from '../../pod-server/src/index.js';
import type { PodServerInfo, SeededAccount } from './pod-server-info.js';

export type { PodServerInfo, SeededAccount };

/** The real pod server started for this test run. */
export function getPodServer(): PodServerInfo {
  return inject('pod');
}

/** A seeded account by pod name (alice, bruno, …, sel-val-de-saone, banco-tiempo-lavapies). */
export function getAccount(name: string): SeededAccount {
  const account = getPodServer().accounts[name];
  if (!account) throw new Error(`No seeded account "${name}"; known: ${Object.keys(getPodServer().accounts).join(', ')}`);
  return account;
}

const agents = new Map<string, Promise<AuthenticatedAgent>>();

/** Logs a seeded account in through the real client-credentials flow (once per test file) and returns the agent. */
export function getAuthenticatedAgent(name: string): Promise<AuthenticatedAgent> {
  let agent = agents.get(name);
  if (!agent) {
    const account = getAccount(name);
    agent = loginWithClientCredentials({ baseUrl: getPodServer().baseUrl, email: account.email, password: account.password, webId: account.webId });
    agents.set(name, agent);
  }
  return agent;
}

/** A DPoP-authenticated fetch for a seeded account. */
export async function getAuthenticatedFetch(name: string): Promise<typeof fetch> {
  return (await getAuthenticatedAgent(name)).fetch;
}
