export { defineScenario, type Metric, type Scenario, type ScenarioOptions, type ScenarioOutcome } from './scenario.js';
export { measure, median, round, timeOnce, type MeasureOptions, type Measurement } from './timing.js';
export { RESULTS_DIR, formatTable, machineDescription, writeReport } from './write-report.js';
