// The marketplace's data side: offers in members' pods, signed entries in group indexes, loading them.
export { marketplaceLayout, type MarketplaceLayout, type MarketplaceIndexLayout } from './marketplace-layout.js';
export type { MarketplaceSigner } from './marketplace-signer.js';
export { entryForOffer } from './entry-for-offer.js';
export { signEntry } from './sign-entry.js';
export { createWithdrawal, withdrawalToQuads, signWithdrawal, type Withdrawal } from './withdrawal.js';
export { publishOffer, unpublishOffer, type MarketplaceWriteOptions } from './publish-offer.js';
export { stamp, defaultExpiry, isExpired, isExpiryReminderDue, editOffer, renewOffer, DEFAULT_OFFER_DAYS, EXPIRY_REMINDER_DAYS } from './offer-lifecycle.js';
export { offersContainerOf, postOffer, updateOffer, renewMemberOffer, pauseOffer, resumeOffer, withdrawOffer } from './member-offers.js';
export { checkIndexItem, type CheckedItem, type ItemCheckContext } from './check-index-item.js';
export { mergeListings, type Listing } from './merge-listings.js';
export { emptyDiagnostics, addDiagnostics, rejectedCount, type MarketplaceDiagnostics } from './marketplace-diagnostics.js';
export { groupTrust, type GroupTrust, type GroupRoster } from './group-trust.js';
export { createMarketplaceCache, type MarketplaceCache, type CachedIndexDocument } from './marketplace-cache.js';
export { loadMarketplace, totalDiagnostics, type LoadMarketplaceOptions, type MarketplaceView } from './load-marketplace.js';
export { ensurePublicMarketplace } from './ensure-public-marketplace.js';
export { compactMarketplace, type CompactOptions, type CompactionReport } from './compact-marketplace.js';
export { queryMarketplace, searchKey, type MarketplaceQuery } from './marketplace-query.js';
