import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QuerySyntaxError } from '../data/query-syntax-error.js';
import { runExploreQuery, type ExploreOutcome, type ExploreQuery } from '../data/run-explore-query.js';
import { loadWebOxigraph } from '../data/web-oxigraph.js';

/** Where a run is: never started, reading, answered, stopped by the member, or failed. */
export type ExploreRunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** Runs one explore query at a time for its host, with progress and cancellation. */
export class ExploreRunController implements ReactiveController {
  status: ExploreRunStatus = 'idle';
  progress = { read: 0, queued: 0 };
  outcome: ExploreOutcome | undefined;
  error: Error | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  /** True when the last run failed because the SPARQL text does not parse. */
  get syntaxError(): QuerySyntaxError | undefined {
    return this.error instanceof QuerySyntaxError ? this.error : undefined;
  }

  /** Starts a run with the member's fetch, cancelling any run still going. */
  async run(query: ExploreQuery, fetch: typeof globalThis.fetch): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set({
      status: 'running',
      progress: { read: 0, queued: query.startUrls.length },
      outcome: undefined,
      error: undefined,
    });
    try {
      const oxigraph = await loadWebOxigraph();
      const outcome = await runExploreQuery(query, {
        fetch,
        oxigraph,
        signal: abort.signal,
        onProgress: (read, queued) => this.current(abort) && this.set({ progress: { read, queued } }),
      });
      if (this.current(abort)) this.set({ status: 'done', outcome });
    } catch (error) {
      if (!this.current(abort)) return;
      this.set(
        abort.signal.aborted
          ? { status: 'cancelled' }
          : { status: 'error', error: error instanceof Error ? error : new Error(String(error)) },
      );
    }
  }

  /** Stops the running query; requests in flight are aborted and nothing more is fetched. */
  cancel(): void {
    this.abort?.abort(new DOMException('The member cancelled the query', 'AbortError'));
  }

  private current(abort: AbortController): boolean {
    return abort === this.abort;
  }

  private set(change: Partial<Pick<ExploreRunController, 'status' | 'progress' | 'outcome' | 'error'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }
}
