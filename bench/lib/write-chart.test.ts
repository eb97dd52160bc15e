import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartSpec, writeChart } from './write-chart.js';

const metrics = {
  fast_ms: { value: 120, unit: 'ms', better: 'lower' },
  engine_ms: { value: 4_800, unit: 'ms', better: 'lower' },
  speedup: { value: 40, unit: 'x', better: 'higher' },
} as const;

describe('writeChart', () => {
  it('draws one labelled bar per metric into an SVG file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mutua-chart-')), 'chart.svg');
    await writeChart(path, { title: 'Fast vs engine', metrics: ['fast_ms', 'engine_ms'] }, metrics);
    const svg = readFileSync(path, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Fast vs engine');
    expect(svg).toContain('fast_ms');
    expect(svg).toContain('4,800');
  });

  it('refuses metrics of different units and metrics that were not reported', () => {
    expect(() => chartSpec({ title: 't', metrics: ['fast_ms', 'speedup'] }, metrics)).toThrow(/mixes units/);
    expect(() => chartSpec({ title: 't', metrics: ['missing_ms'] }, metrics)).toThrow(/missing_ms/);
  });
});
