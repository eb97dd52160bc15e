import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { credentialsFrom, logIn, type QueryAgent } from '../auth/log-in.js';
import { crawlNetwork } from '../crawl/crawl-network.js';
import { countFailures, type CrawlFailure } from '../crawl/crawl-failure.js';
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from '../output/format-result.js';
import { getReadyMadeQuery, listReadyMadeQueries } from '../query/ready-made-queries.js';
import { ENGINES, runQuery, type Engine } from '../query/run-query.js';
import { loadStore, saveStore, storeFromDocuments } from '../store/harvest-store.js';
import { runStewards } from '../steward/run-stewards.js';
import { USAGE } from './usage.js';

/** Where the CLI writes: results to `out`, progress and warnings to `err`. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Ends long-running commands (`steward`); the bin wires it to Ctrl-C. */
  readonly signal?: AbortSignal;
}

/** Runs `mutua <args>` and returns the exit code; never throws for a user mistake. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let agent: QueryAgent | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        from: { type: 'string', multiple: true },
        query: { type: 'string' },
        file: { type: 'string' },
        sparql: { type: 'string' },
        engine: { type: 'string', default: 'index' },
        store: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'table' },
        'no-partners': { type: 'boolean', default: false },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        issuer: { type: 'string' },
        interval: { type: 'string', default: '2' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    const command = positionals[0];
    if (values.help || !command) {
      io.out(USAGE);
      return values.help ? 0 : 2;
    }
    const say = (text: string): void => {
      if (!values.quiet) io.err(text);
    };
    if (command === 'queries') {
      for (const query of await listReadyMadeQueries()) io.out(`${query.name}\n  ${query.title}${query.description ? `: ${query.description}` : ''}\n`);
      return 0;
    }
    if (!['query', 'harvest', 'steward'].includes(command)) throw new UsageError(`Unknown command "${command}"`);
    const credentials = credentialsFrom({ clientId: values['client-id'], clientSecret: values['client-secret'], issuer: values.issuer }, io.env);
    if (command === 'steward') {
      if (!credentials) throw new UsageError('steward needs the client credentials of the group’s account or an admin: --client-id, --client-secret, --issuer');
      const groups = values.from ?? [];
      if (groups.length === 0) throw new UsageError('steward needs at least one --from <group IRI>');
      const seconds = Number(values.interval);
      if (!(seconds >= 0.2 && seconds <= 3600)) throw new UsageError('--interval is a number of seconds between 0.2 and 3600');
      agent = await logIn(credentials);
      io.err(`steward: watching ${groups.length} group(s) as ${agent.webId}, every ${seconds} s; Ctrl-C stops\n`);
      await runStewards(groups, { fetch: agent.fetch, webId: agent.webId, intervalMs: seconds * 1000, say: (line) => io.err(`${line}\n`), signal: io.signal ?? new AbortController().signal });
      return 0;
    }
    if (credentials) {
      agent = await logIn(credentials);
      say(`Logged in as ${agent.webId}\n`);
    } else if (command !== 'query' || values.engine !== 'store') {
      say('Querying anonymously: only public data is read (log in with --client-id, --client-secret, --issuer)\n');
    }
    const sources = values.from ?? [];
    const progress = (read: number, queued: number): void => say(`\r  read ${read} documents, ${queued} more queued…`);

    if (command === 'harvest') {
      if (!values.out) throw new UsageError('harvest needs --out <file.nq>');
      if (sources.length === 0) throw new UsageError('harvest needs at least one --from <group IRI or WebID>');
      const started = performance.now();
      const crawl = await crawlNetwork(sources, { fetch: agent?.fetch, followPartners: !values['no-partners'], onProgress: progress });
      const store = storeFromDocuments(crawl.documents);
      await saveStore(store, values.out);
      say(`\nHarvested ${crawl.documents.length} documents (${store.size} triples) into ${values.out} in ${Math.round(performance.now() - started)} ms\n`);
      reportFailures(crawl.failures, say, crawl.truncated);
      return 0;
    }
    const engine = values.engine as Engine;
    if (!ENGINES.includes(engine)) throw new UsageError(`--engine is one of ${ENGINES.join(', ')}`);
    const format = values.format as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format is one of ${OUTPUT_FORMATS.join(', ')}`);
    const sparql = values.sparql ?? (values.file ? await readFile(values.file, 'utf8') : values.query ? (await getReadyMadeQuery(values.query)).sparql : undefined);
    if (!sparql) throw new UsageError('Say which query: --query <name> (see `mutua queries`), --file <query.rq> or --sparql <text>');
    const store = engine === 'store' ? await loadStore(requireValue(values.store, '--engine store needs --store <file.nq> (written by `mutua harvest`)')) : undefined;

    const outcome = await runQuery({ sparql, engine, sources, store, fetch: agent?.fetch, followPartners: !values['no-partners'], onProgress: progress });
    if (outcome.crawl) say('\n');
    io.out(await formatResult(outcome.result, format));
    say(`${engine}: ${Math.round(outcome.totalMs)} ms, ${outcome.requests} requests\n`);
    if (outcome.crawl) reportFailures(outcome.crawl.failures, say, outcome.crawl.truncated);
    return 0;
  } catch (error) {
    io.err(`mutua: ${(error as Error).message}\n`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) io.err('Run `mutua --help` for usage.\n');
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await agent?.logout();
  }
}

class UsageError extends Error {}

function requireValue(value: string | undefined, message: string): string {
  if (!value) throw new UsageError(message);
  return value;
}

function reportFailures(failures: readonly CrawlFailure[], say: (text: string) => void, truncated: boolean): void {
  if (truncated) say('Stopped queueing documents at the crawl limit: results may be incomplete.\n');
  if (failures.length === 0) return;
  const counts = Object.entries(countFailures(failures)).map(([kind, count]) => `${count} ${kind}`);
  say(`Not read: ${counts.join(', ')}. Documents refused ("not-allowed") are members-only for this agent; the rest:\n`);
  for (const failure of failures.filter((f) => f.kind !== 'not-allowed').slice(0, 20)) say(`  ${failure.url}: ${failure.message}\n`);
}
