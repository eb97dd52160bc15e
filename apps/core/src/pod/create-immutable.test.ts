import { describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../errors/access-denied-error.js';
import { ConflictError } from '../errors/conflict-error.js';
import { createImmutable } from './create-immutable.js';

const URL_ = 'https://group.example/ledger/entries/000000/000000007';

/** A fetch answering PUT with `put` and HEAD with `head`, recording what was asked. */
function server(put: number, head: number): { fetch: typeof fetch; asked: string[] } {
  const asked: string[] = [];
  const fake = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    asked.push(`${method} ${new Headers(init?.headers).get('if-none-match') ?? ''}`.trim());
    return new Response(method === 'HEAD' ? null : '', { status: method === 'PUT' ? put : head });
  }) as typeof fetch;
  return { fetch: fake, asked };
}

describe('createImmutable', () => {
  it('creates with If-None-Match: * and asks nothing more when the server accepts', async () => {
    const s = server(201, 200);
    await createImmutable('Appending', URL_, 'text/plain', 'x', { fetch: s.fetch });
    expect(s.asked).toEqual(['PUT *']);
  });

  it('turns a 403 into a lost race when a document is already there (CSS checks Write before the precondition)', async () => {
    const s = server(403, 200);
    await expect(createImmutable('Appending', URL_, 'text/plain', 'x', { fetch: s.fetch })).rejects.toBeInstanceOf(ConflictError);
    expect(s.asked).toEqual(['PUT *', 'HEAD']);
  });

  it('keeps the refusal when nothing is there (the agent may not append at all)', async () => {
    const s = server(403, 404);
    await expect(createImmutable('Appending', URL_, 'text/plain', 'x', { fetch: s.fetch })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('reports a 412 as a lost race without asking again', async () => {
    const s = server(412, 200);
    await expect(createImmutable('Appending', URL_, 'text/plain', 'x', { fetch: s.fetch })).rejects.toBeInstanceOf(ConflictError);
    expect(s.asked).toEqual(['PUT *']);
  });
});
