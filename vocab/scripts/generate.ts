/** CLI: `npx tsx vocab/scripts/generate.ts` rewrites every file generated from vocab/ and shapes/. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFiles } from './generate-files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
for (const [path, content] of generateFiles(root)) {
  const target = join(root, path);
  let previous: string | undefined;
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    previous = undefined;
  }
  if (previous === content) {
    console.log(`unchanged  ${path}`);
    continue;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`written    ${path}`);
}
