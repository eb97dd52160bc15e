import { describe, expect, it } from 'vitest';
import { listReadyMadeQueries } from '../../../cli/src/query/ready-made-queries.js';
import { readyMadeQueries } from './ready-made-queries.js';

describe('readyMadeQueries in the browser', () => {
  it('are the CLI’s query files, parsed the same way, so the page and `mutua query` agree', async () => {
    expect(readyMadeQueries).toEqual(await listReadyMadeQueries());
  });
});
