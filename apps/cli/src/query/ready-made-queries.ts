import { readdir, readFile } from 'node:fs/promises';
import { parseReadyMadeQuery, type ReadyMadeQuery } from './parse-ready-made-query.js';

export { parseReadyMadeQuery, type ReadyMadeQuery } from './parse-ready-made-query.js';

const QUERIES_DIR = new URL('../../queries/', import.meta.url);

/** Every ready-made query, sorted by name; title and description come from `# title:` and `# description:` header lines. */
export async function listReadyMadeQueries(): Promise<ReadyMadeQuery[]> {
  const files = (await readdir(QUERIES_DIR)).filter((file) => file.endsWith('.rq')).sort();
  return Promise.all(files.map(async (file) => parseReadyMadeQuery(file.slice(0, -3), await readFile(new URL(file, QUERIES_DIR), 'utf8'))));
}

/** The ready-made query called `name`, or an error listing the names that exist. */
export async function getReadyMadeQuery(name: string): Promise<ReadyMadeQuery> {
  const queries = await listReadyMadeQueries();
  const query = queries.find((candidate) => candidate.name === name);
  if (!query) throw new Error(`No ready-made query "${name}". Ready-made queries: ${queries.map((q) => q.name).join(', ')}`);
  return query;
}
