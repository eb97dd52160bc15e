export {
  defineScenario,
  type ChartSpec,
  type Metric,
  type Scenario,
  type ScenarioOptions,
  type ScenarioOutcome,
} from './scenario.js';
export { measure, median, round, timeOnce, type MeasureOptions, type Measurement } from './timing.js';
export { RESULTS_DIR, formatTable, machineDescription, writeCharts, writeReport } from './write-report.js';
export { chartSpec, writeChart } from './write-chart.js';
