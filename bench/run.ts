/**
 * Runs benchmark scenarios: `tsx bench/run.ts [scenario...] [--quick]`. Without names it runs
 * every module in bench/scenarios/. Each scenario prints a table and writes bench/results/<name>.json.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Scenario } from './lib/scenario.js';
import { writeCharts, writeReport } from './lib/write-report.js';

const scenariosDir = join(dirname(fileURLToPath(import.meta.url)), 'scenarios');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const available = readdirSync(scenariosDir)
  .filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts') && !f.includes('.internal.'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const requested = args.filter((a) => !a.startsWith('--'));
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown scenario(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of requested.length > 0 ? requested : available) {
  const module = (await import(pathToFileURL(join(scenariosDir, `${name}.ts`)).href)) as { default: Scenario };
  const scenario = module.default;
  console.log(`▶ ${scenario.name}: ${scenario.description}${quick ? ' (quick)' : ''}`);
  try {
    const outcome = await scenario.run({ quick, log: (message) => console.log(`  ${message}`) });
    writeReport(scenario.name, { params: { ...outcome.params, quick }, metrics: outcome.metrics });
    for (const path of await writeCharts(scenario.name, outcome)) console.log(`  chart → ${path}`);
  } catch (error) {
    failed++;
    console.error(`✗ ${scenario.name} failed:`, error);
  }
}
process.exit(failed > 0 ? 1 : 0);
