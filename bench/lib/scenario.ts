/** The shape every benchmark scenario module exports as default. */

/** One measured number; `better` says which direction is an improvement. */
export interface Metric {
  readonly value: number;
  readonly unit: string;
  readonly better: 'lower' | 'higher';
}

export interface ScenarioOptions {
  /** Smaller sizes for development; reported numbers come from full runs. */
  readonly quick: boolean;
  /** Progress lines for the person watching. */
  readonly log: (message: string) => void;
}

/** A bar chart comparing metrics of one unit, for the numbers people compare (fast path vs baseline). */
export interface ChartSpec {
  readonly title: string;
  /** Metric names to draw as bars, in order; they must share a unit. */
  readonly metrics: readonly string[];
}

export interface ScenarioOutcome {
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly metrics: Readonly<Record<string, Metric>>;
  /** Charts written beside the JSON as bench/results/<scenario>-<n>.svg. */
  readonly charts?: readonly ChartSpec[];
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  run(options: ScenarioOptions): Promise<ScenarioOutcome>;
}

/** Identity helper that type-checks a scenario module's default export. */
export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}
