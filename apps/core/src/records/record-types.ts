import { calendarEventType } from './types/calendar-event.js';
import { commentType } from './types/comment.js';
import { currencyType } from './types/currency.js';
import { groupDocumentType } from './types/group-document.js';
import { groupType } from './types/group.js';
import { joinRequestType } from './types/join-request.js';
import { ledgerEntryType } from './types/ledger-entry.js';
import { ledgerSettingsType } from './types/ledger-settings.js';
import { limitSettingsType } from './types/limit-settings.js';
import { marketplaceEntryType } from './types/marketplace-entry.js';
import { membershipType } from './types/membership.js';
import { newsItemType } from './types/news-item.js';
import { offerType } from './types/offer.js';
import { profileType } from './types/profile.js';
import { proposalType } from './types/proposal.js';
import { transferType } from './types/transfer.js';
import { voteType } from './types/vote.js';
import type { RecordType } from './record-type.js';

/** Every record type, keyed by its shape name (`shapes/<name>.ttl`). */
export const recordTypes = {
  comment: commentType,
  currency: currencyType,
  document: groupDocumentType,
  event: calendarEventType,
  group: groupType,
  'join-request': joinRequestType,
  'ledger-entry': ledgerEntryType,
  'ledger-settings': ledgerSettingsType,
  'limit-settings': limitSettingsType,
  'marketplace-entry': marketplaceEntryType,
  membership: membershipType,
  news: newsItemType,
  offer: offerType,
  profile: profileType,
  proposal: proposalType,
  transfer: transferType,
  vote: voteType,
} as const satisfies Readonly<Record<string, RecordType>>;

export type RecordTypeName = keyof typeof recordTypes;
