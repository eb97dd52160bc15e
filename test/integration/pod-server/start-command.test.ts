import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../../pod-server/src/index.js';

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'pod-server/bin/start.ts', ...args], { cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm start', () => {
  it('reports a port already in use in one line that says what to do', async () => {
    const busy = createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => busy.listen(port, resolve));
    try {
      const { code, stderr } = await run(['--web-port', String(port), '--pod-port', String(await findFreePort())]);
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toBe(`mutua: Port ${port} is already in use: stop the other process or set MUTUA_WEB_PORT (or --web-port) to another port.`);
    } finally {
      busy.close();
    }
  });

  it('rejects a port that is not a number', async () => {
    const { code, stderr } = await run(['--pod-port', 'abc']);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('mutua: --pod-port must be a port number between 1 and 65535, got "abc"');
  });
});
