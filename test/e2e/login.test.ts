import { describe, expect, it } from 'vitest';
import { demoMembers } from '../../pod-server/src/index.js';
import { useBrowserPage } from '../support/browser.js';
import { getAccount } from '../support/pod.js';
import { BUNDLED_LOGIN_BUTTON, logInThroughPodServer, useWebApp } from '../support/web-app.js';

// Alice's profile has non-ASCII text ("jardinière"): it proves the test server serves whole
// documents (pod-server/src/memory-size-fix.ts).
const MEMBER = 'alice';
const memberName = demoMembers.find((member) => member.pod === MEMBER)!.name;

describe('member web app', () => {
  const webApp = useWebApp();
  const { page } = useBrowserPage();

  it('logs a member in through the pod server, keeps them logged in after a reload, and logs them out', async () => {
    await logInThroughPodServer(page(), webApp().url, getAccount(MEMBER));
    await expect.poll(() => page().getByTestId('member-name').textContent()).toBe(memberName);
    await expect.poll(() => page().getByRole('heading', { level: 1 }).textContent()).toBe(`Welcome, ${memberName}`);
    expect(new URL(page().url()).search).toBe('');

    await page().reload();
    await page().getByTestId('member-name').waitFor();
    expect(await page().getByTestId('member-name').textContent()).toBe(memberName);

    await page().getByRole('button', { name: 'Log out' }).click();
    await page().getByRole('button', { name: BUNDLED_LOGIN_BUTTON }).waitFor();
    expect(await page().getByTestId('member-name').count()).toBe(0);

    await page().reload();
    await page().getByRole('button', { name: BUNDLED_LOGIN_BUTTON }).waitFor();
    expect(await page().getByTestId('member-name').count()).toBe(0);
  });

  it('shows the login page in French after the member picks Français, and remembers it', async () => {
    await page().goto(webApp().url);
    await page().getByRole('heading', { name: 'Log in with your Solid pod' }).waitFor();
    await page().getByLabel('Language').selectOption('fr');
    await page().getByRole('heading', { name: 'Connectez-vous avec votre pod Solid' }).waitFor();
    expect(
      await page().getByRole('button', { name: 'Se connecter avec le serveur de pods de ce réseau' }).isVisible(),
    ).toBe(true);
    expect(await page().locator('html').getAttribute('lang')).toBe('fr');

    await page().reload();
    await page().getByRole('heading', { name: 'Connectez-vous avec votre pod Solid' }).waitFor();
  });

  it('explains what to do when another identity provider cannot be reached', async () => {
    await page().goto(webApp().url);
    await page().getByLabel('Identity provider address').fill('http://localhost:9/');
    await page().getByRole('button', { name: 'Log in', exact: true }).click();
    const alert = page().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Could not reach the identity provider at http://localhost:9/');
    expect(new URL(page().url()).origin).toBe(new URL(webApp().url).origin);
  });
});
