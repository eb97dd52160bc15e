import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { groupLayout } from '../../../apps/core/src/groups/group-layout.js';
import { openGroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { getLedgerActor } from '../../../apps/core/src/ledger/ledger-actor.js';
import {
  DEMO_PASSWORD,
  demoEmail,
  demoWebId,
  findFreePort,
  loginWithClientCredentials,
  type AuthenticatedAgent,
} from '../../../pod-server/src/index.js';
import type { LedgerMember } from './ledger-fixture.js';
import { checkRun, runTrading } from './trading-run.js';

const dataDir = await mkdtemp(join(tmpdir(), 'mutua-ledger-kill-'));
const script = fileURLToPath(new URL('./serve-demo-network.ts', import.meta.url));
const agents: AuthenticatedAgent[] = [];
let child: ChildProcess | undefined;

afterAll(async () => {
  await Promise.allSettled(agents.map((a) => a.logout()));
  child?.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts the file-backed demo network in a child process and resolves once it has seeded. */
function serve(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const started = spawn(process.execPath, ['--import', 'tsx', script, String(port), dataDir], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    started.stdout?.on('data', (d: Buffer) => {
      output += d;
      if (output.includes('READY')) resolve(started);
    });
    started.stderr?.on('data', (d: Buffer) => (output += d));
    started.on('exit', (code) => reject(new Error(`the pod server exited (${code}) before it was ready:\n${output}`)));
  });
}

async function member(baseUrl: string, pod: string): Promise<LedgerMember> {
  const webId = demoWebId(baseUrl, pod);
  const agent = await loginWithClientCredentials({ baseUrl, email: demoEmail(pod), password: DEMO_PASSWORD, webId });
  agents.push(agent);
  return { name: pod, webId, fetch: agent.fetch, actor: await getLedgerActor(webId, { fetch: agent.fetch }) };
}

describe('a file-backed group ledger whose server is killed mid-run', () => {
  it('still verifies after a restart on the same folder, with every acknowledged transfer in place', async () => {
    const port = await findFreePort();
    const baseUrl = `http://localhost:${port}/`;
    child = await serve(port);
    const groupUrl = groupLayout(new URL('sel-val-de-saone/', baseUrl).href).group;
    const members = await Promise.all(['bruno', 'camille', 'gael', 'hana', 'kofi'].map((pod) => member(baseUrl, pod)));

    let killed = false;
    // Kill the server without warning once a few payments have gone through (a fixed delay
    // killed it before the first one on a loaded CI machine), while the others are in flight.
    let someAcknowledged = () => {};
    const acknowledgedEnough = new Promise<void>((resolve) => (someAcknowledged = resolve));
    const trading = runTrading(
      groupUrl,
      members,
      () => killed,
      40,
      (count) => {
        if (count >= 5) someAcknowledged();
      },
    );
    await Promise.race([acknowledgedEnough, trading]);
    child.kill('SIGKILL');
    killed = true;
    const run = await trading;
    expect(run.acknowledged.size).toBeGreaterThan(0);

    child = await serve(port);
    const reader = await member(baseUrl, 'alice');
    const ledger = await openGroupLedger(groupUrl, { fetch: reader.fetch });
    console.log(
      `ledger kill: ${run.acknowledged.size} acknowledged before the kill, ${run.failures.length} requests cut off, ${ledger.entries.length} entries after restart`,
    );
    expect(checkRun(ledger, run)).toEqual([]);
    expect(ledger.replay.verifiedUpTo).toBe(ledger.entries.length - 1);
    child.kill('SIGKILL');
    child = undefined;
  }, 600_000);
});
