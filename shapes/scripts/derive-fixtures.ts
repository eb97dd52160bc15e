/**
 * CLI: `npx tsx shapes/scripts/derive-fixtures.ts` rewrites shapes/fixtures/ from vocab/examples/
 * and the edits listed in fixture-specs*.ts. Each invalid fixture starts with
 * `# expect-path: <IRI>` (or `none` for a rule on the node itself); the impossible-date ones also
 * say `# expect-engine: conforms`, the one documented difference between the two validators.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from './fixture-kit.js';
import type { Fixture } from './fixture-rules.js';
import { GROUP_LIFE_SPECS } from './fixture-specs-group-life.js';
import { LEDGER_SPECS } from './fixture-specs-ledger.js';
import { SPECS, type TypeSpec } from './fixture-specs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const all: Record<string, TypeSpec> = { ...SPECS, ...LEDGER_SPECS, ...GROUP_LIFE_SPECS };

async function write(dir: string, type: string, spec: TypeSpec, fixture: Fixture, example: string, valid: boolean): Promise<void> {
  const doc = new Doc(spec.base, example);
  fixture.edit(doc);
  const header = valid
    ? [`${type}: ${fixture.note}.`]
    : [
        `expect-path: ${fixture.path ?? 'none'}`,
        ...(fixture.engineConforms ? ['expect-engine: conforms'] : []),
        `${type}: ${fixture.note}.`,
      ];
  writeFileSync(join(dir, `${fixture.name}.ttl`), await doc.toTurtle(header));
}

for (const [type, spec] of Object.entries(all)) {
  const example = readFileSync(join(root, 'vocab/examples', `${type}.ttl`), 'utf8');
  const base = join(root, 'shapes/fixtures', type);
  rmSync(base, { recursive: true, force: true });
  for (const kind of ['valid', 'invalid'] as const) mkdirSync(join(base, kind), { recursive: true });
  writeFileSync(join(base, 'valid', 'example.ttl'), `# ${type}: the example of vocab/examples/${type}.ttl.\n${example}`);
  const names = new Set<string>();
  for (const [kind, list] of [['valid', spec.valid], ['invalid', spec.invalid]] as const) {
    for (const fixture of list) {
      if (names.has(fixture.name)) throw new Error(`Duplicate fixture name ${type}/${fixture.name}`);
      names.add(fixture.name);
      await write(join(base, kind), type, spec, fixture, example, kind === 'valid');
    }
  }
  console.log(`${type}: ${spec.valid.length + 1} valid, ${spec.invalid.length} invalid`);
}
