import {
  acceptPaymentRequest,
  cancelPaymentRequest,
  declinePaymentRequest,
  createProfileKeyResolver,
  fileInboxTransfers,
  migrateTransferCopies,
  readMemberHistory,
  getLedgerActor,
  getPendingRequests,
  getUnfinishedAcceptances,
  groupRootOf,
  refileOwnCopies,
  offerPayment,
  openGroupLedger,
  payMember,
  refreshGroupLedger,
  requestPayment,
  setLedgerWorkflow,
  writeLedgerPages,
  ENTRIES_PER_PAGE,
  type CoreGroupLedger,
  type LedgerActor,
} from './core-api.internal.js';
import type { GroupContext } from './group-context.js';
import type { ActingOptions, LedgerPort, ProgressListener } from './ledger-port.js';
import { ledgerViewOf } from './ledger-view-of.js';
import type { TransferDraft } from './ledger-port.js';

// Per session fetch: the last ledger read of each group (a refresh then reads only the entries
// appended since, and signatures already checked are not checked again) and the member's signing key.
const opened = new WeakMap<typeof globalThis.fetch, Map<string, CoreGroupLedger>>();
const actors = new WeakMap<typeof globalThis.fetch, Promise<LedgerActor>>();
// Outcome documents are immutable: whether one is the member's own unfinished acceptance is read once per session.
const acceptancesSeen = new WeakMap<typeof globalThis.fetch, Map<string, string | null>>();
// Why the pages of a ledger read were not used, shown on the verification page.
const ignoredPagesOf = new WeakMap<CoreGroupLedger, readonly string[]>();

function ledgersOf(fetch: typeof globalThis.fetch): Map<string, CoreGroupLedger> {
  let byGroup = opened.get(fetch);
  if (!byGroup) opened.set(fetch, (byGroup = new Map()));
  return byGroup;
}

async function currentLedger(
  context: GroupContext,
  { fetch }: ActingOptions,
  onProgress?: ProgressListener,
  full = false,
): Promise<CoreGroupLedger> {
  const byGroup = ledgersOf(fetch);
  const previous = full ? undefined : byGroup.get(context.group.url);
  const progress = onProgress ? { onProgress } : {};
  const ignored: string[] = previous ? [...(ignoredPagesOf.get(previous) ?? [])] : [];
  const ledger = previous
    ? await refreshGroupLedger(previous, { fetch, ...progress })
    : await openGroupLedger(context.group.url, {
        fetch,
        rules: context.rules,
        ...progress,
        onPagesRejected: (reason) => ignored.push(reason),
      });
  byGroup.set(context.group.url, ledger);
  ignoredPagesOf.set(ledger, ignored);
  if (!previous) writeMissingPages(ledger, fetch);
  return ledger;
}

/**
 * A reader who found full runs of entries without their ledger page writes the pages, in the
 * background: the next reader then needs one request per hundred entries. A member whose app
 * cannot (a refusal, a lost race) changes nothing; pages are checked by every reader anyway.
 */
function writeMissingPages(ledger: CoreGroupLedger, fetch: typeof globalThis.fetch): void {
  const full = Math.floor((ledger.replay.verifiedUpTo + 1) / ENTRIES_PER_PAGE) * ENTRIES_PER_PAGE;
  if ((ledger.pagedEntries ?? 0) < full) void writeLedgerPages(ledger, { fetch }).catch(() => undefined);
}

/** Keeps the ledger a change returned as the group's current one, with what was noticed reading it. */
function remember(
  fetch: typeof globalThis.fetch,
  context: GroupContext,
  before: CoreGroupLedger,
  after: CoreGroupLedger,
): void {
  ledgersOf(fetch).set(context.group.url, after);
  ignoredPagesOf.set(after, ignoredPagesOf.get(before) ?? []);
}

/** What a pay, offer or request form says beyond the counterparty: amount, and description and offer when given. */
function termsOf(draft: TransferDraft): { amount: number; description?: string; offer?: string } {
  return {
    amount: draft.amount,
    ...(draft.description ? { description: draft.description } : {}),
    ...(draft.offer ? { offer: draft.offer } : {}),
  };
}

const keyResolvers = new WeakMap<typeof globalThis.fetch, ReturnType<typeof createProfileKeyResolver>>();

// One resolver per session: it caches the signers' profile keys between pages.
function keyResolverOf(fetch: typeof globalThis.fetch): ReturnType<typeof createProfileKeyResolver> {
  let resolver = keyResolvers.get(fetch);
  if (!resolver) keyResolvers.set(fetch, (resolver = createProfileKeyResolver({ fetch })));
  return resolver;
}

function actorOf({ fetch, webId }: ActingOptions): Promise<LedgerActor> {
  let actor = actors.get(fetch);
  if (!actor) {
    actor = getLedgerActor(webId, { fetch });
    actors.set(fetch, actor);
    // A member who finishes onboarding in another tab must not be stuck with the failure.
    actor.catch(() => actors.delete(fetch));
  }
  return actor;
}

/** The ledger port that reads and writes real pods through @mutua/core. */
export const podLedgerPort: LedgerPort = {
  async readLedger(context, options) {
    const ledger = await currentLedger(context, options, options.onProgress, options.full);
    return ledgerViewOf(ledger.entries, ledger.replay, ignoredPagesOf.get(ledger));
  },

  getPendingRequests(context, { fetch, webId, signal }) {
    return getPendingRequests(context.group.url, webId, {
      fetch,
      workflow: context.rules.workflow,
      ...(signal ? { signal } : {}),
    });
  },

  async getUnfinishedAcceptances(context, options) {
    const ledger = await currentLedger(context, options);
    let seen = acceptancesSeen.get(options.fetch);
    if (!seen) acceptancesSeen.set(options.fetch, (seen = new Map()));
    return getUnfinishedAcceptances(ledger, options.webId, { fetch: options.fetch, resolveKey: ledger.resolveKey, seen, ...(options.signal ? { signal: options.signal } : {}) });
  },

  async pay(draft, context, options) {
    const [ledger, actor] = await Promise.all([currentLedger(context, options), actorOf(options)]);
    const payment = { payee: draft.counterparty, ...termsOf(draft) };
    const committed = await payMember(ledger, payment, { fetch: options.fetch, actor });
    remember(options.fetch, context, ledger, committed.ledger);
    return { sequence: committed.entry.sequence, transfer: committed.entry.transfer };
  },

  async offerPayment(draft, context, options) {
    const [ledger, actor] = await Promise.all([currentLedger(context, options), actorOf(options)]);
    const payment = { payee: draft.counterparty, ...termsOf(draft) };
    return offerPayment(ledger, payment, { fetch: options.fetch, actor, workflow: context.rules.workflow });
  },

  async requestPayment(draft, context, options) {
    const actor = await actorOf(options);
    const input = { payer: draft.counterparty, ...termsOf(draft) };
    return requestPayment(context.group.url, input, {
      fetch: options.fetch,
      actor,
      currency: context.rules.currency,
      workflow: context.rules.workflow,
    });
  },

  async accept(request, context, options) {
    const [ledger, actor] = await Promise.all([currentLedger(context, options), actorOf(options)]);
    const committed = await acceptPaymentRequest(ledger, request, { fetch: options.fetch, actor });
    remember(options.fetch, context, ledger, committed.ledger);
    return { sequence: committed.entry.sequence, transfer: committed.entry.transfer };
  },

  async decline(request, context, options) {
    await declinePaymentRequest(request, {
      fetch: options.fetch,
      actor: await actorOf(options),
      workflow: context.rules.workflow,
    });
  },

  async cancel(request, context, options) {
    await cancelPaymentRequest(request, {
      fetch: options.fetch,
      actor: await actorOf(options),
      workflow: context.rules.workflow,
    });
  },

  async setWorkflow(workflow, context, options) {
    await setLedgerWorkflow(groupRootOf(context.group.url), workflow, { fetch: options.fetch, by: options.webId });
  },

  async readRecentHistory(context, options) {
    const actor = await actorOf(options);
    const page = await readMemberHistory(actor.storage, context.group.url, { fetch: options.fetch, limit: 50, resolveKey: keyResolverOf(options.fetch), ...(options.signal ? { signal: options.signal } : {}) });
    const items = page.items.map(({ entry, terms, verified }) => {
      const paid = terms.payer === options.webId;
      return { sequence: entry.sequence, time: terms.time, counterparty: paid ? terms.payee : terms.payer, change: paid ? -terms.amount : terms.amount, verified: verified === true, ...(terms.description ? { description: terms.description } : {}) };
    });
    return { items, more: page.more };
  },

  async refileOwnCopies(context, options) {
    const [ledger, actor] = await Promise.all([currentLedger(context, options), actorOf(options)]);
    const { filed } = await refileOwnCopies(ledger, actor.storage, options.webId, { fetch: options.fetch, ...(options.signal ? { signal: options.signal } : {}) });
    return filed;
  },

  async fileInbox(options) {
    const actor = await actorOf(options);
    // Pods written before decision 0077 keep one document per copy: move them once, then file.
    await migrateTransferCopies(actor.storage, { fetch: options.fetch });
    const { filed, skipped } = await fileInboxTransfers(options.webId, actor.storage, { fetch: options.fetch });
    return { filed: filed.length, skipped: skipped.length };
  },
};
