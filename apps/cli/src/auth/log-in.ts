import { Session } from '@inrupt/solid-client-authn-node';

/** Client credentials registered for an account at its Solid-OIDC issuer. */
export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly issuer: string;
}

/** The querying agent: an authenticated fetch and its WebID. */
export interface QueryAgent {
  readonly webId: string;
  readonly fetch: typeof fetch;
  logout(): Promise<void>;
}

/** Logs in with the Solid-OIDC client-credentials flow (DPoP tokens). */
export async function logIn(credentials: ClientCredentials): Promise<QueryAgent> {
  const session = new Session();
  await session.login({ clientId: credentials.clientId, clientSecret: credentials.clientSecret, oidcIssuer: credentials.issuer, tokenType: 'DPoP' });
  if (!session.info.isLoggedIn || !session.info.webId) {
    throw new Error(`Logging in at ${credentials.issuer} with client ${credentials.clientId} gave no session: check the id, the secret and the issuer URL`);
  }
  return { webId: session.info.webId, fetch: session.fetch.bind(session) as typeof fetch, logout: () => session.logout() };
}

/** Credentials from flags or the MUTUA_CLIENT_ID / MUTUA_CLIENT_SECRET / MUTUA_ISSUER variables; undefined when none given. */
export function credentialsFrom(flags: { clientId?: string; clientSecret?: string; issuer?: string }, env: NodeJS.ProcessEnv): ClientCredentials | undefined {
  const clientId = flags.clientId ?? env.MUTUA_CLIENT_ID;
  const clientSecret = flags.clientSecret ?? env.MUTUA_CLIENT_SECRET;
  const issuer = flags.issuer ?? env.MUTUA_ISSUER;
  if (!clientId && !clientSecret) return undefined;
  if (!clientId || !clientSecret || !issuer) {
    throw new Error('Logging in needs all three of --client-id, --client-secret and --issuer (or MUTUA_CLIENT_ID, MUTUA_CLIENT_SECRET, MUTUA_ISSUER); without any of them the query runs anonymously');
  }
  return { clientId, clientSecret, issuer };
}
