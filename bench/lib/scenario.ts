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

export interface ScenarioOutcome {
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly metrics: Readonly<Record<string, Metric>>;
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
