// The parts of @mutua/core this app uses, in one place. The ledger comes through the core's
// ledger index (apps/core/src/ledger/index.ts); the core's root index does not re-export it, nor
// its groups and membership modules, yet, so those are imported by path. When it does, this
// file becomes a list of re-exports from '@mutua/core'.
export {
  AcknowledgementRequiredError,
  acceptPaymentRequest,
  cancelPaymentRequest,
  checkRequestLifetimeDays,
  createProfileKeyResolver,
  declinePaymentRequest,
  fileInboxTransfers,
  getLedgerActor,
  getLedgerRules,
  getPendingRequests,
  getUnfinishedAcceptances,
  limitsFor,
  migrateTransferCopies,
  offerPayment,
  openGroupLedger,
  payMember,
  PaymentRequestsClosedError,
  readMemberHistory,
  refileOwnCopies,
  readTransfer,
  refreshGroupLedger,
  replayLedger,
  requestExpiresAt,
  requestPayment,
  setLedgerWorkflow,
  toEntryVerification,
  TransferRefusedError,
  writeLedgerPages,
  ENTRIES_PER_PAGE,
  MAX_REQUEST_LIFETIME_DAYS,
  type BalanceLimits,
  type CreditLimits,
  type EntryVerification,
  type FiledTransfers,
  type GroupLedger as CoreGroupLedger,
  type GroupLedgerRules,
  type LedgerActor,
  type LedgerProblem,
  type LedgerProblemKind,
  type LedgerReplay,
  type LedgerRules,
  type LedgerTransfer,
  type LedgerWorkflow,
  type LogEntry,
  type MembershipInterval,
  type PaymentRequest,
  type TransferStatus,
  type TransferTerms,
} from '../../../core/src/ledger/index.js';
export { groupLayout, groupRootOf } from '../../../core/src/groups/group-layout.js';
export { getMembers } from '../../../core/src/membership/get-members.js';
export { effectiveLimits } from '../../../core/src/membership/member-limits.js';
export { getGroup, type Group } from '../../../core/src/records/types/group.js';
export { getCurrency, type Currency } from '../../../core/src/records/types/currency.js';
export { getProfile, type Profile } from '../../../core/src/records/types/profile.js';
export type { Membership } from '../../../core/src/records/types/membership.js';
export { membershipUrlFor } from '../../../core/src/membership/membership-url.js';
export { getMembership } from '../../../core/src/records/types/membership.js';
export { getNetworkDirectory } from '../../../core/src/groups/get-network-directory.js';
