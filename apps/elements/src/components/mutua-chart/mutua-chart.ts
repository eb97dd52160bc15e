import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { styles } from './mutua-chart.styles.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/** One series of a chart. */
export interface ChartSeries {
  readonly label: string;
  readonly data: readonly number[];
}

/**
 * A bar or line chart drawn by Chart.js on a canvas. The canvas is an image with a short
 * description; the numbers themselves belong in a table next to it, which screen readers read.
 */
@customElement('mutua-chart')
export class MutuaChart extends LitElement {
  static override styles = styles;

  @property() kind: 'bar' | 'line' = 'bar';
  @property({ attribute: false }) labels: readonly string[] = [];
  @property({ attribute: false }) series: readonly ChartSeries[] = [];
  /** What the chart shows, for people who cannot see it. */
  @property() description = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private chart: Chart | undefined;

  override render() {
    return html`<canvas role="img" aria-label=${this.description}></canvas>`;
  }

  override updated(changed: PropertyValues<this>): void {
    if (this.chart && !changed.has('kind')) {
      this.chart.data.labels = [...this.labels];
      this.chart.data.datasets = this.datasets();
      this.chart.update();
      return;
    }
    this.chart?.destroy();
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.chart = new Chart(this.canvas, {
      type: this.kind,
      data: { labels: [...this.labels], datasets: this.datasets() },
      options: { responsive: true, maintainAspectRatio: false, animation: reduceMotion ? false : undefined, plugins: { legend: { display: this.series.length > 1 } } },
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  private datasets() {
    const style = getComputedStyle(this);
    const colours = [style.getPropertyValue('--mutua-color-brand').trim() || '#2f7d6d', style.getPropertyValue('--mutua-color-accent').trim() || '#b5442b'];
    return this.series.map((s, i) => ({ label: s.label, data: [...s.data], backgroundColor: colours[i % colours.length], borderColor: colours[i % colours.length] }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-chart': MutuaChart;
  }
}
