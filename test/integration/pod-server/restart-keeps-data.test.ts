import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoEmail, demoWebId, DEMO_PASSWORD, findFreePort, loginWithClientCredentials, startDemoNetwork } from '../../../pod-server/src/index.js';

const dataDir = await mkdtemp(join(tmpdir(), 'mutua-restart-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function start(port: number, reset = false) {
  return startDemoNetwork({ port, backend: 'file', dataDir, reset, loopbackOnly: true, loggingLevel: 'error' });
}

describe('the file-backed demo network', () => {
  it('keeps what members changed across a restart and only wipes it with --reset', async () => {
    const port = await findFreePort();
    const webId = demoWebId(`http://localhost:${port}/`, 'alice');
    const noteUrl = new URL('../mutua/restart-note.txt', webId).href;

    let server = await start(port);
    let alice = await loginWithClientCredentials({ baseUrl: server.baseUrl, email: demoEmail('alice'), password: DEMO_PASSWORD, webId });
    const written = await alice.fetch(noteUrl, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'still here' });
    expect(written.ok).toBe(true);
    // Alice renames herself: a re-seed must not put the demo name back.
    const renamed = await alice.fetch(webId.split('#')[0]!, {
      method: 'PATCH',
      headers: { 'content-type': 'text/n3' },
      body: `@prefix solid: <http://www.w3.org/ns/solid/terms#>. @prefix foaf: <http://xmlns.com/foaf/0.1/>.
_:p a solid:InsertDeletePatch; solid:deletes { <${webId}> foaf:name "Alice Martin". }; solid:inserts { <${webId}> foaf:name "Alice M.". }.`,
    });
    expect(renamed.ok).toBe(true);
    await alice.logout();
    await server.stop();

    server = await start(port);
    alice = await loginWithClientCredentials({ baseUrl: server.baseUrl, email: demoEmail('alice'), password: DEMO_PASSWORD, webId });
    expect(await (await alice.fetch(noteUrl)).text()).toBe('still here');
    const profile = await (await fetch(webId)).text();
    expect(profile).toContain('"Alice M."');
    expect(profile).not.toContain('"Alice Martin"');
    await alice.logout();
    await server.stop();

    server = await start(port, true);
    alice = await loginWithClientCredentials({ baseUrl: server.baseUrl, email: demoEmail('alice'), password: DEMO_PASSWORD, webId });
    expect((await alice.fetch(noteUrl)).status).toBe(404);
    expect(await (await fetch(webId)).text()).toContain('"Alice Martin"');
    await alice.logout();
    await server.stop();
  }, 180_000);
});
