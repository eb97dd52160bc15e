import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

// Flags for a headless Chromium run as root on a machine without network: no sandbox (root),
// no GPU, and nothing that phones home (component updates, sync, QUIC probes).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Finds a Chromium: `CHROMIUM_PATH`, else one on the system (`/usr/bin/chromium`,
 * `chromium-browser`, `google-chrome` on PATH), else the one packaged in @sparticuz/chromium.
 */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of SYSTEM_CHROMIUM_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return await sparticuz.executablePath();
  } catch (cause) {
    throw new Error(
      "No Chromium found: set CHROMIUM_PATH, install Debian's chromium package, or run npm install (for @sparticuz/chromium)",
      { cause },
    );
  }
}

function onPath(name: string): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return found === '' ? undefined : found;
  } catch {
    return undefined;
  }
}

/** Launches headless Chromium with the flags this machine needs. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await findChromium();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** A file name for a test's screenshot: the test's full name, made safe for any file system. */
export function screenshotPath(testName: string): string {
  const safe = testName
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 150);
  return join('test-results', `${safe || 'test'}.png`);
}

/** Saves the page as `test-results/<test name>.png`; never throws, since a test already failed. */
export async function saveFailureScreenshot(page: Page, testName: string): Promise<string | undefined> {
  if (page.isClosed()) return undefined;
  const path = screenshotPath(testName);
  try {
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path, fullPage: true });
    return path;
  } catch (error) {
    console.error(`Could not save the failure screenshot ${path}:`, error);
    return undefined;
  }
}

/** What {@link useBrowserPage} hands each test. */
export interface BrowserPage {
  browser(): Browser;
  context(): BrowserContext;
  page(): Page;
}

/**
 * Registers hooks in the calling `describe`: one Chromium for the file, a fresh context and page
 * per test (no cookies or storage leak between tests), and a screenshot of any failed test
 * taken in afterEach, before the page is closed (Vitest runs onTestFailed only after afterEach).
 */
export function useBrowserPage(options: BrowserContextOptions = {}): BrowserPage {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', ...options });
    page = await context.newPage();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page) {
      const path = await saveFailureScreenshot(page, task.fullTestName ?? task.name);
      if (path) console.error(`Failure screenshot: ${path}`);
    }
    await context?.close();
    context = undefined;
    page = undefined;
  });
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`No ${what}: call useBrowserPage() inside describe and use it inside a test`);
    return value;
  };
  return {
    browser: () => required(browser, 'browser'),
    context: () => required(context, 'browser context'),
    page: () => required(page, 'page'),
  };
}
