import type { Group } from './core-api.internal.js';
import { findMyGroups } from './find-my-groups.js';
import type { GroupContext } from './group-context.js';
import type { GroupLedger } from './group-ledger.js';
import { loadGroupContext } from './load-group-context.js';
import type { ActingOptions, InboxFiling, LedgerPort, RecentHistory } from './ledger-port.js';

/** How far the load of one group's ledger has come. */
export interface LoadStage {
  readonly stage: 'group' | 'reading' | 'verifying';
  readonly done: number;
  readonly total: number;
}

/** The event a store fires when a load makes progress or a group's data changes. */
export const LEDGER_STORE_CHANGED = 'mutua-ledger-store-changed';

/**
 * Loads and caches what the ledger pages show, per group, for one member's session, so that
 * moving between pages does not read and verify the ledger again; `refresh` after a change.
 */
export class LedgerStore extends EventTarget {
  private readonly ledgers = new Map<string, Promise<GroupLedger>>();
  private readonly stages = new Map<string, LoadStage>();
  private readonly fullReads = new Set<string>();
  private readonly contexts = new Map<string, Promise<GroupContext>>();
  private groups: Promise<Group[]> | undefined;
  private filing: Promise<InboxFiling> | undefined;
  private readonly refiled = new Set<string>();

  constructor(
    readonly port: LedgerPort,
    readonly session: Omit<ActingOptions, 'signal'>,
  ) {
    super();
  }

  /** The groups the member belongs to (plus `extra`, checked like the others). */
  myGroups(extra: readonly string[] = []): Promise<Group[]> {
    this.groups ??= findMyGroups(this.session.webId, extra, this.session).catch((error: unknown) => {
      this.groups = undefined;
      throw error;
    });
    return this.groups;
  }

  /** Files the inbox's transfer copies into the member's pod, once per session (again after a failure). */
  fileInbox(): Promise<InboxFiling> {
    this.filing ??= this.port.fileInbox(this.session).catch((error: unknown) => {
      this.filing = undefined;
      throw error;
    });
    return this.filing;
  }

  /** The member's newest transfers in a group from their own pod: what the history page shows while the ledger loads. */
  async recentHistory(groupUrl: string): Promise<{ readonly context: GroupContext; readonly history: RecentHistory }> {
    const context = await this.context(groupUrl);
    return { context, history: await this.port.readRecentHistory(context, this.session) };
  }

  /** One group's ledger, read and verified once and then served from memory. */
  ledger(groupUrl: string): Promise<GroupLedger> {
    let loading = this.ledgers.get(groupUrl);
    if (!loading) {
      loading = this.load(groupUrl);
      this.ledgers.set(groupUrl, loading);
      // A failed load is not cached: the next visit tries again.
      loading.catch(() => this.ledgers.delete(groupUrl));
    }
    return loading;
  }

  /** Where the load of a group stands, while it runs. */
  stageOf(groupUrl: string): LoadStage | undefined {
    return this.stages.get(groupUrl);
  }

  /**
   * Forgets a group's data so the next read fetches it again: new entries only, or everything
   * when `full`; `group` also reads the group's settings, members and limits again.
   */
  refresh(groupUrl: string, { full = false, group = full }: { readonly full?: boolean; readonly group?: boolean } = {}): void {
    this.ledgers.delete(groupUrl);
    if (full) this.fullReads.add(groupUrl);
    if (group) this.contexts.delete(groupUrl);
    this.changed();
  }

  private async load(groupUrl: string): Promise<GroupLedger> {
    const report = (stage: LoadStage | undefined) => {
      if (stage) this.stages.set(groupUrl, stage);
      else this.stages.delete(groupUrl);
      this.changed();
    };
    report({ stage: 'group', done: 0, total: 0 });
    try {
      const context = await this.context(groupUrl);
      const [view, pending] = await Promise.all([
        this.port.readLedger(context, { ...this.session, full: this.fullReads.delete(groupUrl), onProgress: (done, total, stage) => report({ stage, done, total }) }),
        this.port.getPendingRequests(context, this.session),
      ]);
      // Read after the ledger (it needs to know what is in it); only an extra, so a failure here leaves the page as it was.
      const unfinished = await this.port.getUnfinishedAcceptances(context, this.session).catch(() => []);
      // Once per group and session, in the background: copies a closed tab never wrote. A safety
      // net only, so a failure is left for the next session.
      if (!this.refiled.has(groupUrl)) {
        this.refiled.add(groupUrl);
        void this.port.refileOwnCopies(context, this.session).catch(() => this.refiled.delete(groupUrl));
      }
      return { context, view, pending: [...unfinished, ...pending] };
    } finally {
      report(undefined);
    }
  }

  // Members, limits and names change rarely: a payment refreshes the ledger, not the group.
  private context(groupUrl: string): Promise<GroupContext> {
    let loading = this.contexts.get(groupUrl);
    if (!loading) {
      loading = loadGroupContext(groupUrl, this.session.webId, this.session);
      this.contexts.set(groupUrl, loading);
      loading.catch(() => this.contexts.delete(groupUrl));
    }
    return loading;
  }

  private changed(): void {
    this.dispatchEvent(new Event(LEDGER_STORE_CHANGED));
  }
}
