import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addDiagnostics, createMarketplaceCache, emptyDiagnostics, loadMarketplace, type MarketplaceCache, type MarketplaceView } from '../data/core-marketplace.js';
import { loadMemberContext, type MemberContext } from '../data/member-context.js';

/** Where loading is: nothing yet, reading the member's groups, reading the indexes, done, or failed. */
export type MarketplaceStatus = 'idle' | 'context' | 'indexes' | 'done' | 'error';

function merge(a: MarketplaceView, b: MarketplaceView): MarketplaceView {
  return { entries: [...a.entries, ...b.entries], diagnostics: addDiagnostics(a.diagnostics, b.diagnostics), failures: [...a.failures, ...b.failures], requests: a.requests + b.requests };
}

const emptyView = (): MarketplaceView => ({ entries: [], diagnostics: emptyDiagnostics(), failures: [], requests: 0 });

/**
 * Loads the member's marketplace once per session and keeps it: their groups' members-only and
 * public indexes plus partner groups' public ones, showing entries as they are checked.
 * Reloads reuse checked index documents the server says are unchanged.
 */
export class MarketplaceController implements ReactiveController {
  status: MarketplaceStatus = 'idle';
  context: MemberContext | undefined;
  view: MarketplaceView = emptyView();
  error: Error | undefined;
  /**
   * Bumped on every change. The pages get this controller as one unchanging object, so Lit
   * would not re-render them; they also take `revision`, whose change does.
   */
  revision = 0;
  private cache: MarketplaceCache = createMarketplaceCache();
  private webId: string | undefined;
  private run = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts loading for this session unless it is already loaded or loading. */
  ensure(webId: string | undefined, fetch: typeof globalThis.fetch): void {
    if (!webId || (webId === this.webId && this.status !== 'error')) return;
    this.webId = webId;
    this.cache = createMarketplaceCache();
    void this.reload(fetch);
  }

  /** Loads again (after a change, or when the member asks); unchanged index documents cost a 304. */
  async reload(fetch: typeof globalThis.fetch): Promise<void> {
    const webId = this.webId;
    if (!webId) return;
    const run = ++this.run;
    const set = (change: Partial<Pick<MarketplaceController, 'status' | 'context' | 'view' | 'error'>>) => {
      if (run !== this.run) return;
      Object.assign(this, change);
      this.revision++;
      this.host.requestUpdate();
    };
    try {
      if (!this.context || this.context.webId !== webId) {
        set({ status: 'context', error: undefined });
        set({ context: await loadMemberContext(webId, fetch, navigator.languages) });
      }
      const context = this.context!;
      set({ status: 'indexes', error: undefined });
      let mine = emptyView();
      let partners = emptyView();
      const cache = this.cache;
      const [a, b] = await Promise.all([
        loadMarketplace(context.groups.map((g) => g.url), { fetch, cache, onProgress: (v) => set({ view: merge((mine = v), partners) }) }),
        loadMarketplace(context.partners.map((g) => g.url), { fetch, cache, scope: 'public', onProgress: (v) => set({ view: merge(mine, (partners = v)) }) }),
      ]);
      set({ view: merge(a, b), status: 'done' });
    } catch (error) {
      set({ status: 'error', error: error as Error });
    }
  }
}
