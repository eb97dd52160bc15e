import { Session } from '@inrupt/solid-client-authn-node';

export interface AccountLogin {
  baseUrl: string;
  email: string;
  password: string;
  webId: string;
}

export interface AuthenticatedAgent {
  webId: string;
  fetch: typeof fetch;
  logout(): Promise<void>;
}

async function json(response: Response, attempted: string): Promise<Record<string, any>> {
  if (!response.ok) {
    throw new Error(`${attempted} failed at ${response.url}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as Record<string, any>;
}

/** Creates a client-credentials token for a CSS account (CSS 7 account API, password login). */
export async function createClientCredentials(login: AccountLogin): Promise<{ id: string; secret: string }> {
  const indexUrl = new URL('.account/', login.baseUrl).href;
  const index = await json(await fetch(indexUrl), 'Reading the account API');
  const loginResponse = await fetch(index.controls.password.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: login.email, password: login.password }),
  });
  const { authorization } = await json(loginResponse, `Password login for ${login.email}`);
  const authHeaders = { authorization: `CSS-Account-Token ${authorization}` };
  const account = await json(await fetch(indexUrl, { headers: authHeaders }), 'Reading the account controls');
  const created = await fetch(account.controls.account.clientCredentials, {
    method: 'POST',
    headers: { ...authHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `mutua-${Date.now()}`, webId: login.webId }),
  });
  const { id, secret } = await json(created, `Creating client credentials for ${login.webId}`);
  return { id, secret };
}

/** Logs in through the real Solid-OIDC client-credentials flow and returns a DPoP-authenticated fetch. */
export async function loginWithClientCredentials(login: AccountLogin, attempts = 3): Promise<AuthenticatedAgent> {
  const { id, secret } = await createClientCredentials(login);
  const session = new Session();
  // openid-client gives the token request 3.5 s; a loaded 2-core machine can exceed that.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await session.login({ clientId: id, clientSecret: secret, oidcIssuer: login.baseUrl, tokenType: 'DPoP' });
      break;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
  if (!session.info.isLoggedIn || !session.info.webId) {
    throw new Error(`Client-credentials login for ${login.email} at ${login.baseUrl} did not produce a session`);
  }
  return {
    webId: session.info.webId,
    fetch: session.fetch.bind(session) as typeof fetch,
    logout: () => session.logout(),
  };
}
