/** Prints a scenario's outcome as a table and writes bench/results/<scenario>.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScenarioOutcome } from './scenario.js';
import { writeChart } from './write-chart.js';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../results');

/** Describes the machine the way BENCH.md asks: "2 cores, Node 20.20.2". */
export function machineDescription(): string {
  const cores = availableParallelism();
  return `${cores} ${cores === 1 ? 'core' : 'cores'}, Node ${process.versions.node}`;
}

/** Renders rows as a fixed-width text table. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Writes the JSON report (returns its path) and prints the readable table. */
export function writeReport(
  scenario: string,
  outcome: ScenarioOutcome,
  print: (text: string) => void = console.log,
  dir = RESULTS_DIR,
): string {
  const report = {
    scenario,
    date: new Date().toISOString(),
    machine: machineDescription(),
    params: outcome.params,
    metrics: outcome.metrics,
  };
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${scenario}.json`);
  writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
  const params = Object.entries(outcome.params)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const rows = Object.entries(outcome.metrics).map(([name, m]) => [
    name,
    String(m.value),
    m.unit,
    `${m.better} is better`,
  ]);
  print(
    `\n${scenario} — ${report.machine} — ${params}\n${formatTable(['metric', 'value', 'unit', ''], rows)}\n→ ${path}\n`,
  );
  return path;
}

/** Writes the scenario's charts as bench/results/<scenario>-<n>.svg and returns their paths. */
export async function writeCharts(scenario: string, outcome: ScenarioOutcome, dir = RESULTS_DIR): Promise<string[]> {
  const paths: string[] = [];
  for (const [index, chart] of (outcome.charts ?? []).entries()) {
    const path = join(dir, `${scenario}-${index + 1}.svg`);
    await writeChart(path, chart, outcome.metrics);
    paths.push(path);
  }
  return paths;
}
