import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { IssuerUnreachableError } from '../errors/issuer-unreachable-error.js';
import { SessionError } from '../errors/session-error.js';
import type { AuthClient } from './auth-client.js';
import { SessionController } from './session-controller.js';

class Host extends EventTarget implements ReactiveControllerHost {
  readonly events: string[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(_controller: ReactiveController): void {}
  removeController(_controller: ReactiveController): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  override dispatchEvent(event: Event): boolean {
    this.events.push(event.type);
    return super.dispatchEvent(event);
  }
}

/** An auth client that behaves like a Solid-OIDC client whose provider answers as told. */
class ScriptedClient implements AuthClient {
  info: { isLoggedIn: boolean; webId?: string } = { isLoggedIn: false };
  loginCalls: Array<{ oidcIssuer: string; redirectUrl: string; clientName?: string }> = [];
  redirectWillLogIn: string | undefined;
  readonly fetch: typeof fetch = async () => new Response('authenticated');

  async handleIncomingRedirect(): Promise<unknown> {
    if (this.redirectWillLogIn) this.info = { isLoggedIn: true, webId: this.redirectWillLogIn };
    return this.info;
  }
  async login(options: { oidcIssuer: string; redirectUrl: string; clientName?: string }): Promise<void> {
    this.loginCalls.push(options);
  }
  async logout(): Promise<void> {
    this.info = { isLoggedIn: false };
  }
}

const discovery: typeof fetch = async (input) =>
  String(input) === 'https://idp.example/.well-known/openid-configuration'
    ? Response.json({ issuer: 'https://idp.example/', authorization_endpoint: 'https://idp.example/auth' })
    : new Response('', { status: 404 });

function setUp(currentUrl = 'https://app.example/home?code=abc&state=xyz', saved: string[] = []) {
  const host = new Host();
  const client = new ScriptedClient();
  const visited: string[] = [];
  const controller = new SessionController(host, client, {
    clientName: 'Mutua',
    currentUrl: () => currentUrl,
    fetch: discovery,
    returnTo: { save: (path) => void saved.splice(0, saved.length, path), take: () => saved.splice(0, saved.length)[0] },
    goTo: (path) => void visited.push(path),
  });
  return { host, client, controller, saved, visited };
}

describe('SessionController', () => {
  it('restores a session from the redirect, publishes the WebID and fires mutua-logged-in', async () => {
    const { host, client, controller } = setUp();
    client.redirectWillLogIn = 'https://pod.example/alice/profile/card#me';
    await controller.restore();
    expect(controller.status).toBe('ready');
    expect(controller.state).toMatchObject({ isLoggedIn: true, webId: 'https://pod.example/alice/profile/card#me' });
    expect(controller.state.fetch).toBe(client.fetch);
    expect(host.events).toEqual(['mutua-logged-in']);
    expect(controller.error).toBeUndefined();
  });

  it('brings a member back to the page they reloaded once the provider has restored the session', async () => {
    const saved: string[] = [];
    const before = setUp('https://app.example/ledger/pay?to=bruno#form', saved);
    await before.controller.restore();
    expect(saved).toEqual(['/ledger/pay?to=bruno#form']);
    const after = setUp('https://app.example/?code=abc&state=xyz', saved);
    after.client.redirectWillLogIn = 'https://pod.example/alice/profile/card#me';
    await after.controller.restore();
    expect(after.visited).toEqual(['/ledger/pay?to=bruno#form']);
    expect(saved).toEqual([]);
  });

  it('never follows a remembered place off the app', async () => {
    const after = setUp('https://app.example/?code=abc&state=xyz', ['//evil.example/']);
    await after.controller.restore();
    expect(after.visited).toEqual([]);
  });

  it('stays logged out without an event when there is no session to restore', async () => {
    const { host, controller } = setUp('https://app.example/');
    await controller.restore();
    expect(controller.state.isLoggedIn).toBe(false);
    expect(host.events).toEqual([]);
    expect(controller.error).toBeUndefined();
  });

  it('reports a provider error from the redirect, but not the silent login_required answer', async () => {
    const denied = setUp('https://app.example/?error=access_denied&error_description=The+member+said+no');
    await denied.controller.restore();
    expect(denied.controller.error).toBeInstanceOf(SessionError);
    expect(denied.controller.error?.message).toContain('The member said no');

    const silent = setUp('https://app.example/?error=login_required');
    await silent.controller.restore();
    expect(silent.controller.error).toBeUndefined();
  });

  it('checks the issuer, then redirects to the issuer it declares with the name and return address', async () => {
    const client = new ScriptedClient();
    const redirectUrl = 'https://app.example/home';
    const controller = new SessionController(new Host(), client, {
      clientName: 'Mutua',
      fetch: discovery,
      redirectUrl: () => redirectUrl,
    });
    await controller.login(new URL('https://idp.example'));
    expect(client.loginCalls).toEqual([{ oidcIssuer: 'https://idp.example/', redirectUrl, clientName: 'Mutua' }]);
    expect(controller.status).toBe('redirecting');
    expect(controller.error).toBeUndefined();
  });

  it('does not redirect when the issuer cannot be reached, and says why', async () => {
    const { client, controller } = setUp();
    await controller.login(new URL('https://nowhere.example/'));
    expect(client.loginCalls).toEqual([]);
    expect(controller.status).toBe('ready');
    expect(controller.error).toBeInstanceOf(IssuerUnreachableError);
  });

  it('logs out, drops the WebID and fires mutua-logged-out', async () => {
    const { host, client, controller } = setUp();
    client.redirectWillLogIn = 'https://pod.example/alice/profile/card#me';
    await controller.restore();
    client.redirectWillLogIn = undefined;
    await controller.logout();
    expect(controller.state).toMatchObject({ isLoggedIn: false, webId: undefined });
    expect(host.events).toEqual(['mutua-logged-in', 'mutua-logged-out']);
    expect(host.updates).toBeGreaterThan(0);
  });
});
