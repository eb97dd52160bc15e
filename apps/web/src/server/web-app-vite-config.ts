import { fileURLToPath } from 'node:url';
import type { InlineConfig, Logger } from 'vite';
import { runtimeConfigPlugin } from './runtime-config-plugin.js';
import { vocabularyPlugin } from './vocabulary-plugin.js';

/** Where apps/web (the Vite root) and the repository's vocab/ folder are. */
export const webAppRoot = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const defaultVocabDir = `${repoRoot}vocab/`;

/** Options for {@link webAppViteConfig}. */
export interface WebAppViteConfigOptions {
  port: number;
  host: string;
  podBaseUrl: string;
  vocabDir?: string;
  /** Watch source files and reload the page on change (default true). */
  watch?: boolean;
  customLogger?: Logger;
  /** Where Vite keeps pre-bundled dependencies (default apps/web/node_modules/.vite). */
  cacheDir?: string;
}

// Pre-bundled at start, so the first page load does not wait for Vite to discover them
// one import at a time (the Inrupt client alone is dozens of modules).
const PREBUNDLED = [
  'lit',
  'lit/decorators.js',
  '@lit/context',
  '@lit/task',
  '@lit/localize',
  '@inrupt/solid-client-authn-browser',
  'n3',
];

/** Globs (relative to apps/web) of the sources the browser may load: the shell and every app. */
const APP_SOURCES = ['index.html', '../*/src/**/*.ts', '!../cli/**', '!../**/*.test.ts', '!../**/*.testing.ts', '!src/server/**'];

/** The Vite dev-server configuration of the member web app. */
export function webAppViteConfig(options: WebAppViteConfigOptions): InlineConfig {
  return {
    configFile: false,
    envDir: false,
    root: webAppRoot,
    appType: 'spa',
    clearScreen: false,
    logLevel: options.customLogger ? 'info' : 'warn',
    ...(options.customLogger ? { customLogger: options.customLogger } : {}),
    plugins: [
      runtimeConfigPlugin({ issuer: options.podBaseUrl, podBaseUrl: options.podBaseUrl }),
      vocabularyPlugin(options.vocabDir ?? defaultVocabDir),
    ],
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    // Every app's sources are scanned at start, not only the shell's: the apps are loaded lazily,
    // and a dependency first seen on navigation makes Vite re-bundle and reload the open page.
    optimizeDeps: { include: PREBUNDLED, entries: APP_SOURCES },
    server: {
      port: options.port,
      host: options.host,
      strictPort: true,
      // Vite would otherwise serve any file under the repository through /@fs/, including the
      // pods that `npm start` keeps in .data/. The app only needs the workspaces and their packages.
      fs: {
        strict: true,
        allow: [`${repoRoot}apps/`, `${repoRoot}node_modules/`],
        deny: ['.env', '.env.*', '*.{crt,pem,key}', '**/.data/**'],
      },
      watch: options.watch === false ? null : {},
      warmup: { clientFiles: ['./src/main.ts', './src/components/*/*.ts'] },
    },
  };
}
