// The ledger's public surface: records, replay and verification, and the pod layer (group log, copies, requests).
export { AcknowledgementRequiredError } from './acknowledgement-required-error.js';
export { appendTransfer, type AppendTransferOptions, type AppendedTransfer } from './append-transfer.js';
export { applyTransfer, accepted, type ApplyTransferResult } from './apply-transfer.js';
export { commitTransfer, type CommitOptions, type CommittedTransfer, type DeliveredCopies } from './commit-transfer.js';
export { computeTransferHash, computeEntryHash } from './compute-entry-hash.js';
export { createReversal, type ReversalOptions } from './create-reversal.js';
export { draftTransfer, type TransferDraft } from './draft-transfer.js';
export {
  ENTRY_CONTENT_TYPE,
  entryNodeOf,
  serializeEntry,
  entryQuads,
  parseEntry,
  entryFromQuads,
  parseEntryCopy,
} from './entry-document.js';
export { toEntryVerification } from './entry-verification.js';
export { fileInboxTransfers, type FiledTransfers } from './file-inbox-transfers.js';
export { addLedgerSettings, type AddLedgerSettingsOptions } from './add-ledger-settings.js';
export { getLedgerRules, type GroupLedgerRules } from './get-ledger-rules.js';
export { getLedgerSettingsHistory, datedWorkflowOf } from './get-ledger-settings-history.js';
export { getPendingRequests, type PendingRequestOptions } from './get-pending-requests.js';
export { getUnfinishedAcceptances, UNFINISHED_WINDOW_MS, type UnfinishedAcceptanceOptions } from './unfinished-acceptances.js';
export {
  ENTRIES_PER_FOLDER,
  ENTRIES_PER_PAGE,
  groupLedgerLayout,
  entryFolderUrl,
  entryUrl,
  sequenceOfEntryUrl,
  folderNumberOf,
  pageUrl,
  pageNumberOf,
  settingsUrl,
  settingsSequenceOf,
  type GroupLedgerLayout,
} from './group-ledger-layout.js';
export { LedgerPageError, pageRange, serializePage, parsePage, pageEntriesFromQuads } from './ledger-page.js';
export { checkLedgerPages } from './check-ledger-pages.js';
export {
  openGroupLedger,
  refreshGroupLedger,
  withEntries,
  type GroupLedger,
  type LedgerReadStage,
  type GroupLedgerOptions,
} from './group-ledger.js';
export { getLedgerActor, type LedgerActor } from './ledger-actor.js';
export {
  DEFAULT_REQUEST_LIFETIME_DAYS,
  MAX_REQUEST_LIFETIME_DAYS,
  checkRequestLifetimeDays,
  getLedgerWorkflow,
  requestExpiresAt,
  requestLifetimeMsOf,
  type LedgerWorkflow,
} from './ledger-workflow.js';
export { type LedgerProblemKind, type LedgerProblem, type EntryVerification } from './ledger-problem.js';
export {
  limitsFor,
  type MembershipInterval,
  type BalanceLimits,
  type CreditLimits,
  type LedgerRules,
} from './ledger-rules.js';
export { limitsAt, type DatedLimits } from './limits-at.js';
export { addLimitSettings, type LimitChange } from './add-limit-settings.js';
export { getLimitSettingsHistory, datedLimitsOf } from './get-limit-settings-history.js';
export { saveGroupCurrency } from './save-group-currency.js';
export { emptyLedgerState, balanceOf, type AcceptedTransfer, type LedgerState } from './ledger-state.js';
export { GENESIS_HASH, type EntryHashInput, type LogEntry } from './log-entry.js';
export { nextLogEntry } from './next-log-entry.js';
export { offerPayment } from './offer-payment.js';
export { payMember, type PaymentInput } from './pay-member.js';
export { PaymentRequestsClosedError } from './payment-requests-closed-error.js';
export {
  REQUEST_LIFETIME_MS,
  requestPayment,
  acceptPaymentRequest,
  declinePaymentRequest,
  cancelPaymentRequest,
  requestUrls,
  type PaymentRequest,
  type RequestInput,
  type RequestOptions,
} from './payment-requests.js';
export { createProfileKeyResolver } from './profile-key-resolver.js';
export { readEntriesAfter } from './read-entries-after.js';
export { readEntry, getEntry } from './read-entry.js';
export {
  readLedgerEntries,
  readLedgerEntriesWithPages,
  type ReadLedgerEntriesOptions,
  type LedgerEntriesRead,
} from './read-ledger-entries.js';
export { readPage } from './read-page.js';
export {
  readMemberHistory,
  type HistoryItem,
  type MemberHistoryOptions,
  type MemberHistoryPage,
} from './read-member-history.js';
export { readTransfer, type UnreadableTransfer } from './read-transfer.js';
export { recordCorrection } from './record-correction.js';
export { continueReplay, replayLedger, type ReplayLedgerOptions, type LedgerReplay } from './replay-ledger.js';
export { setLedgerWorkflow } from './set-ledger-workflow.js';
export { signTransfer, type SignerRole } from './sign-transfer.js';
export { workflowAt, type DatedWorkflow } from './workflow-at.js';
export {
  COPY_CONTENT_TYPE,
  INBOX_COPY_PREFIX,
  memberLedgerFolder,
  transferCopyUrl,
  saveTransferCopy,
  sendTransferCopy,
} from './transfer-copies.js';
export { copyShapeIssues, copyShapeProblem, parseHistory, serializeHistory, type HistoryCopy, type ParsedHistory } from './history-document.js';
export {
  COPIES_PER_HISTORY_DOCUMENT,
  HISTORY_PREFIX,
  MAX_HISTORY_BYTES,
  historyDocumentOf,
  historyDocumentUrl,
  historyMonthOf,
} from './member-history-layout.js';
export { migrateTransferCopies, type MigratedCopies } from './migrate-transfer-copies.js';
export { forgetHistoryDocuments, saveHistoryCopies, type SaveHistoryOptions } from './save-history-copies.js';
export { refileOwnCopies, REFILE_RECENT_TRANSFERS, type RefiledCopies, type RefileOwnCopiesOptions } from './refile-own-copies.js';
export { transferToQuads } from './transfer-quads.js';
export { TransferRefusedError } from './transfer-refused-error.js';
export { type TransferRejectionKind, type TransferRejection } from './transfer-rejection.js';
export {
  deciderOf,
  startTransfer,
  transitionTransfer,
  type TransferEvent,
  type WorkflowOptions,
  type TransitionResult,
} from './transfer-workflow.js';
export { type TransferTerms, type TransferStatus, type LedgerTransfer } from './transfer.js';
export { writeLedgerPage, writeLedgerPages } from './write-ledger-pages.js';
export { verifyEntries, type VerificationCache, type VerifyEntriesOptions } from './verify-entries.js';
