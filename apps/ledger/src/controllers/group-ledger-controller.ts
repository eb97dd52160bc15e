import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GroupLedger } from '../data/group-ledger.js';
import { LEDGER_STORE_CHANGED, type LedgerStore, type LoadStage } from '../data/ledger-store.js';

/** Loads one group's ledger from the store for a component, and re-renders it on progress and refreshes. */
export class GroupLedgerController implements ReactiveController {
  readonly task: Task<[LedgerStore | undefined, string | undefined, number], GroupLedger | undefined>;
  private generation = 0;
  private listened: LedgerStore | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => { store: LedgerStore | undefined; group: string | undefined },
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([store, group]) => (store && group ? store.ledger(group) : Promise.resolve(undefined)),
      args: () => [this.source().store, this.source().group, this.generation],
    });
  }

  /** The load's progress, while it runs. */
  get stage(): LoadStage | undefined {
    const { store, group } = this.source();
    return store && group ? store.stageOf(group) : undefined;
  }

  hostUpdate(): void {
    // The store arrives with the session, after the host connected: follow it.
    const { store } = this.source();
    if (store === this.listened) return;
    this.listened?.removeEventListener(LEDGER_STORE_CHANGED, this.changed);
    store?.addEventListener(LEDGER_STORE_CHANGED, this.changed);
    this.listened = store;
  }

  hostDisconnected(): void {
    this.listened?.removeEventListener(LEDGER_STORE_CHANGED, this.changed);
    this.listened = undefined;
  }

  private readonly changed = (): void => {
    // A refresh dropped the cached ledger: a new generation makes the task read it again.
    const { store, group } = this.source();
    if (store && group && !store.stageOf(group)) this.generation += 1;
    this.host.requestUpdate();
  };
}
