#!/usr/bin/env node
// Runs the TypeScript sources directly (the project has no build step): tsx registers its loader.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/run-cli.ts');
// Ctrl-C ends a running steward cleanly (it logs out); a second one kills at once.
const stop = new globalThis.AbortController();
process.once('SIGINT', () => stop.abort());
process.once('SIGTERM', () => stop.abort());
process.exitCode = await runCli(process.argv.slice(2), {
  signal: stop.signal,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
});
