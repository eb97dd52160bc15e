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
    optimizeDeps: { include: PREBUNDLED, entries: ['index.html'] },
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
