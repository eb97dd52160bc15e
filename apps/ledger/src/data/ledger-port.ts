import type { GroupContext } from './group-context.js';
import type { LedgerWorkflow, PaymentRequest } from './core-api.internal.js';
import type { LedgerView } from './ledger-view.js';

/** Who acts, with which credentials. */
export interface ActingOptions {
  readonly fetch: typeof globalThis.fetch;
  readonly webId: string;
  readonly signal?: AbortSignal;
}

/** Reports how far a long read or verification has come. */
export type ProgressListener = (done: number, total: number, stage: 'reading' | 'verifying') => void;

/** What filing the inbox did: copies filed into the member's pod, items left in the inbox. */
export interface InboxFiling {
  readonly filed: number;
  readonly skipped: number;
}

/** One line of the member's recent history, from the copies in their own pod. */
export interface RecentTransfer {
  readonly sequence: number;
  readonly time: string;
  readonly counterparty: string;
  readonly description?: string;
  /** Minor units, negative when the member paid. */
  readonly change: number;
  readonly verified: boolean;
}

/** The newest page of the member's history in a group, and whether older transfers exist. */
export interface RecentHistory {
  readonly items: readonly RecentTransfer[];
  readonly more: boolean;
}

/** A payment or a payment request, as the member typed it. */
export interface TransferDraft {
  readonly group: string;
  /** The other party's WebID: the payee of a payment, the payer of a request. */
  readonly counterparty: string;
  readonly amount: number;
  readonly description?: string;
  readonly offer?: string;
}

/** What the app needs from the pod layer of the ledger; one implementation talks to real pods. */
export interface LedgerPort {
  /**
   * Reads, verifies and replays the group ledger. After a first read an implementation may read
   * only the entries appended since; `full` asks for everything to be read and checked again.
   */
  readLedger(context: GroupContext, options: ActingOptions & { readonly onProgress?: ProgressListener; readonly full?: boolean }): Promise<LedgerView>;
  /** Undecided requests the member is party to in the group (as payer or as payee), oldest first. */
  getPendingRequests(context: GroupContext, options: ActingOptions): Promise<readonly PaymentRequest[]>;
  /** Requests the member accepted whose payment never reached the ledger (the append failed); `accept` finishes them. Call after `readLedger`. */
  getUnfinishedAcceptances(context: GroupContext, options: ActingOptions): Promise<readonly PaymentRequest[]>;
  /** Signs and appends a payment from the member; resolves with its ledger position. */
  pay(draft: TransferDraft, context: GroupContext, options: ActingOptions): Promise<{ readonly sequence: number; readonly transfer: string }>;
  /** Signs a payment and files it for the payee to acknowledge (groups whose payees countersign payments). */
  offerPayment(draft: TransferDraft, context: GroupContext, options: ActingOptions): Promise<PaymentRequest>;
  /** Signs and files a request for the member to be paid. */
  requestPayment(draft: TransferDraft, context: GroupContext, options: ActingOptions): Promise<PaymentRequest>;
  /** The payer accepts a request: it is countersigned and appended. */
  accept(request: PaymentRequest, context: GroupContext, options: ActingOptions): Promise<{ readonly sequence: number; readonly transfer: string }>;
  /** The payer declines a request; nothing enters the ledger. */
  decline(request: PaymentRequest, context: GroupContext, options: ActingOptions): Promise<void>;
  /** The initiator withdraws their request. */
  cancel(request: PaymentRequest, context: GroupContext, options: ActingOptions): Promise<void>;
  /** An admin changes whether members may request payments and how long requests stay open (the server refuses anyone else). */
  setWorkflow(workflow: LedgerWorkflow, context: GroupContext, options: ActingOptions): Promise<void>;
  /**
   * The member's newest transfers in a group from their own history documents (2–3 requests,
   * whatever the size of the group ledger), shown while the group ledger is read and verified.
   */
  readRecentHistory(context: GroupContext, options: ActingOptions): Promise<RecentHistory>;
  /** Moves old per-position copies into history documents, then files the copies other members sent to the member's inbox. */
  fileInbox(options: ActingOptions): Promise<InboxFiling>;
  /**
   * Files the member's own copies of their newest transfers in the group ledger that their
   * history lacks (a payment whose tab closed before its copy was written); the positions filed.
   */
  refileOwnCopies(context: GroupContext, options: ActingOptions): Promise<readonly number[]>;
}
