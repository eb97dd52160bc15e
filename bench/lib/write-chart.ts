/** Renders a benchmark comparison as an SVG bar chart with Vega-Lite, headless (no browser, no canvas). */
import { writeFileSync } from 'node:fs';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ChartSpec, Metric } from './scenario.js';

/** The Vega-Lite spec of one chart: one horizontal bar per metric, labelled with its value. */
export function chartSpec(chart: ChartSpec, metrics: Readonly<Record<string, Metric>>): TopLevelSpec {
  const rows = chart.metrics.map((name) => {
    const metric = metrics[name];
    if (!metric) throw new Error(`Chart "${chart.title}" names a metric the scenario did not report: ${name}`);
    return { metric: name, value: metric.value, unit: metric.unit };
  });
  const units = new Set(rows.map((row) => row.unit));
  if (units.size !== 1) throw new Error(`Chart "${chart.title}" mixes units: ${[...units].join(', ')}`);
  const unit = rows[0]?.unit ?? '';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chart.title,
    width: 480,
    data: { values: rows },
    encoding: {
      y: { field: 'metric', type: 'nominal', sort: null, title: null },
      x: { field: 'value', type: 'quantitative', title: unit },
    },
    layer: [
      { mark: { type: 'bar', color: '#2f7d6d' } },
      {
        mark: { type: 'text', align: 'left', dx: 4 },
        encoding: { text: { field: 'value', type: 'quantitative', format: ',' } },
      },
    ],
  };
}

/** Writes the chart to `path` as SVG. */
export async function writeChart(
  path: string,
  chart: ChartSpec,
  metrics: Readonly<Record<string, Metric>>,
): Promise<void> {
  const view = new View(parse(compile(chartSpec(chart, metrics)).spec), { renderer: 'none' });
  writeFileSync(path, await view.toSVG());
  await view.finalize();
}
