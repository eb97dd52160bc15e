/** Timing helpers: medians of repeated runs after warm-up, on a monotonic clock. */
import { performance } from 'node:perf_hooks';

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds one call of `task` takes (awaits promises). */
export async function timeOnce(task: () => unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export interface MeasureOptions {
  readonly warmups: number;
  readonly runs: number;
  /** Called after each measured run, e.g. to log progress. */
  readonly onRun?: (ms: number, index: number) => void;
}

/** What `measure` returns: wall-clock times and this process's CPU times, with their medians. */
export interface Measurement {
  readonly median: number;
  readonly times: number[];
  /** CPU time (user + system) of this process per run: steadier than wall time on a shared machine. */
  readonly cpuMedian: number;
  readonly cpuTimes: number[];
}

/** Runs `task` `warmups` times unmeasured, then `runs` times; returns every time and the medians. */
export async function measure(task: () => unknown, options: MeasureOptions): Promise<Measurement> {
  for (let i = 0; i < options.warmups; i++) await task();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const cpu = process.cpuUsage();
    const ms = await timeOnce(task);
    const used = process.cpuUsage(cpu);
    times.push(ms);
    cpuTimes.push((used.user + used.system) / 1000);
    options.onRun?.(ms, i);
  }
  return { median: median(times), times, cpuMedian: median(cpuTimes), cpuTimes };
}

/** Rounds to a sensible number of decimals for reports. */
export function round(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
