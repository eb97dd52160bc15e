import { describe, expect, it } from 'vitest';
import { retryResets } from './retry-resets.js';

function reset(): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
}

describe('retryResets', () => {
  it('sends a request again after a connection reset and returns the answer', async () => {
    let calls = 0;
    const flaky = (async () => {
      calls += 1;
      if (calls < 3) throw reset();
      return new Response('ok');
    }) as typeof fetch;
    expect(await (await retryResets(flaky)('http://localhost/x')).text()).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt with the reset error', async () => {
    let calls = 0;
    const dead = (async () => {
      calls += 1;
      throw reset();
    }) as typeof fetch;
    await expect(retryResets(dead, 2)('http://localhost/x')).rejects.toThrow('fetch failed');
    expect(calls).toBe(2);
  });

  it('does not retry other failures', async () => {
    let calls = 0;
    const refused = (async () => {
      calls += 1;
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    }) as typeof fetch;
    await expect(retryResets(refused)('http://localhost/x')).rejects.toThrow('fetch failed');
    expect(calls).toBe(1);
  });
});
