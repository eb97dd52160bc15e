import type { Page } from 'playwright-core';
import type { SeededAccount } from './pod-server-info.js';
import { getPodServer } from './pod.js';

/**
 * Signs a new person up on the bundled pod server through its own account pages (CSS 7.2
 * `/.account/`): register with e-mail and password, then create a pod with a WebID that links
 * its storage. Resolves with the account, ready for `logInThroughPodServer`.
 */
export async function signUpOnPodServer(
  page: Page,
  account: { email: string; password: string; podName: string },
): Promise<SeededAccount> {
  const base = getPodServer().baseUrl;
  await page.goto(new URL('.account/login/password/register/', base).href);
  await page.locator('#email').fill(account.email);
  await page.locator('#password').fill(account.password);
  await page.locator('#confirmPassword').fill(account.password);
  await page.locator('#mainForm button[type="submit"]').click();
  // The account page fills this link's address from the server's controls after it loads;
  // clicking the empty link first reloads the same page and the pod form never comes.
  await page.locator('#createPod:not([href=""])').click();
  await page.locator('#name').fill(account.podName);
  await page.locator('#internalWebIdOn').check();
  await page.locator('#linkStorage').check();
  await page.locator('#mainForm button[type="submit"]').click();
  const webIdLink = page.locator('#response-webId');
  await webIdLink.filter({ hasText: 'profile/card' }).waitFor();
  const webId = (await webIdLink.textContent())!.trim();
  const podUrl = (await page.locator('#response-podBaseUrl').textContent())!.trim();
  // Leave the account session, so the app's login starts from the password page like anyone's.
  await page.context().clearCookies();
  return { email: account.email, password: account.password, webId, podUrl };
}
