/** A documented SPARQL query shipped in apps/cli/queries/. */
export interface ReadyMadeQuery {
  /** File name without `.rq`: what `--query <name>` takes. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly sparql: string;
}

/** Reads the header comments of a query file: `# title:`, `# description:` and its indented continuation lines. */
export function parseReadyMadeQuery(name: string, sparql: string): ReadyMadeQuery {
  const fields: Record<string, string[]> = {};
  let current: string | undefined;
  for (const line of sparql.split('\n')) {
    const field = /^#\s*(title|description):\s*(.*)$/.exec(line);
    const continuation = /^#\s{2,}(\S.*)$/.exec(line);
    if (field) (fields[(current = field[1]!)] ??= []).push(field[2]!.trim());
    else if (continuation && current) fields[current]!.push(continuation[1]!.trim());
    else current = undefined;
  }
  return { name, title: fields.title?.join(' ') || name, description: fields.description?.join(' ') ?? '', sparql };
}
