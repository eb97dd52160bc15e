import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startWebApp, type WebApp } from '../../apps/web/server.js';
import { findFreePort } from '../../pod-server/src/index.js';
import { getPodServer, type SeededAccount } from './pod.js';

/** Starts the member web app on a free port against the test run's pod server. */
export async function startWebAppForTests(): Promise<WebApp> {
  const port = await findFreePort();
  // One dependency cache per test run (named after its pod server's port): the files of a run
  // share it, and runs on the same machine never write into each other's.
  const cacheDir = join(tmpdir(), `mutua-vite-${new URL(getPodServer().baseUrl).port}`);
  return startWebApp({ port, podBaseUrl: getPodServer().baseUrl, watch: false, cacheDir });
}

/** Registers hooks in the calling `describe` that run one web app for the whole file. */
export function useWebApp(): () => WebApp {
  let app: WebApp | undefined;
  beforeAll(async () => {
    app = await startWebAppForTests();
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('The web app is not running: call useWebApp() inside describe and use it inside a test');
    return app;
  };
}

/** Accessible name of the web app's button that logs in with the bundled pod server (English UI). */
export const BUNDLED_LOGIN_BUTTON = "Log in with this network's pod server";

/**
 * Logs a seeded account in the way a member does: the web app's login button, the pod server's
 * own password page (CSS 7.2: `#email`, `#password`, submit) and its consent page (`#authorize`),
 * back to the app. Resolves once the app shows the logged-in member's name.
 */
export async function logInThroughPodServer(page: Page, appUrl: string, account: SeededAccount): Promise<void> {
  const podOrigin = new URL(getPodServer().baseUrl).origin;
  await page.goto(appUrl);
  await page.getByRole('button', { name: BUNDLED_LOGIN_BUTTON }).click();
  await page.waitForURL((url) => url.origin === podOrigin);
  await page.locator('#email').fill(account.email);
  await page.locator('#password').fill(account.password);
  await page.locator('#mainForm button[type="submit"]').click();
  // CSS skips the consent page for a client the account already trusts.
  const authorize = page.locator('#authorize');
  const backInApp = page.getByTestId('member-name');
  await authorize.or(backInApp).first().waitFor();
  if (await authorize.isVisible()) await authorize.click();
  await backInApp.waitFor();
}
