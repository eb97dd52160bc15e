// The core's index does not export its marketplace module yet; this is the one place that reaches in.
export {
  loadMarketplace,
  createMarketplaceCache,
  queryMarketplace,
  entryDistanceKm,
  rejectedCount,
  emptyDiagnostics,
  addDiagnostics,
  postOffer,
  updateOffer,
  renewMemberOffer,
  pauseOffer,
  resumeOffer,
  withdrawOffer,
  uploadOfferPicture,
  sendOfferMessage,
  getOfferMessages,
  getMemberOffers,
  isExpiryReminderDue,
  isExpired,
  defaultExpiry,
  stamp,
  MAX_OFFER_PICTURES,
  MAX_MESSAGE_LENGTH,
  EXPIRY_REMINDER_DAYS,
  type MarketplaceView,
  type MarketplaceCache,
  type MarketplaceDiagnostics,
  type MarketplaceQuery,
  type MarketplaceSigner,
  type OfferMessage,
} from '../../../core/src/marketplace/index.js';
export { getSigningKey } from '../../../core/src/onboarding/signing-key.js';
export { getCategoryScheme } from '../../../core/src/groups/set-category-scheme.js';
export type { CategoryScheme } from '../../../core/src/groups/category-scheme.js';
export { ensureMemberInbox } from '../../../core/src/membership/ensure-member-inbox.js';
