// The public surface of @mutua/core, grouped by module. Explicit on purpose: no `export *`.

// vocabulary: term constants generated from vocab/mutua.ttl
export {
  AS,
  DCTERMS,
  FOAF,
  LDP,
  MUTUA,
  NAMESPACES,
  ORG,
  OWL,
  PIM,
  RDF,
  RDFS,
  SCHEMA,
  SEC,
  SKOS,
  SOLID,
  VCARD,
  VF,
  VOCAB_VERSION,
} from './vocab/index.js';

// errors
export { ResourceError } from './errors/resource-error.js';
export { HttpError } from './errors/http-error.js';
export { NotFoundError } from './errors/not-found-error.js';
export { AccessDeniedError } from './errors/access-denied-error.js';
export { ConflictError } from './errors/conflict-error.js';
export { ValidationError } from './errors/validation-error.js';
export { ParseError } from './errors/parse-error.js';
export { TooLargeError } from './errors/too-large-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { UnreachableError } from './errors/unreachable-error.js';
export { MissingLinkError } from './errors/missing-link-error.js';

// pod: documents over HTTP with conditional writes
export { type PodRequestOptions, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './pod/pod-request-options.js';
export type { RdfResource } from './pod/rdf-resource.js';
export { getRdfResource } from './pod/get-rdf-resource.js';
export { createRdfResource } from './pod/create-rdf-resource.js';
export { saveRdfResource, type SaveRdfResourceOptions } from './pod/save-rdf-resource.js';
export { patchRdfResource, toN3Patch, type PatchRdfResourceOptions, type RdfChange } from './pod/patch-rdf-resource.js';
export { updateRdfResource, applyRdfChange } from './pod/update-rdf-resource.js';
export { deleteResource, type DeleteResourceOptions } from './pod/delete-resource.js';
export { ensureContainer } from './pod/create-container.js';
export { getContainedResourceUrls, getContainedResourceUrlsOrNone } from './pod/get-contained-resource-urls.js';
export { getAllowedModes, parseWacAllow, type AllowedMode } from './pod/get-allowed-modes.js';
export { grantPublicRead, getAclUrl, type GrantPublicReadOptions } from './pod/grant-public-read.js';
export { parseRdf, RDF_ACCEPT } from './pod/parse-rdf.js';
export { writeTurtle, TURTLE_PREFIXES } from './pod/write-turtle.js';
export { documentUrl } from './pod/document-url.js';

// records: the generic codec
export {
  defineRecordType,
  type RecordType,
  type RecordOf,
  type RecordInit,
  type RecordBase,
  type DocumentMode,
} from './records/record-type.js';
export { one, optional, many, type Field, type Fields, type Cardinality, type NodeData } from './records/field.js';
export { text, dateTime, decimal, integer, boolean, lexical } from './records/literal-codecs.js';
export { iri, oneOf } from './records/iri-codecs.js';
export { node, identifiedNode, either, type NodeSpec, type Identified } from './records/node-codecs.js';
export { CodecProblem, type TermCodec } from './records/term-codec.js';
export { recordToQuads, recordFromQuads } from './records/record-quads.js';
export { createRecord } from './records/create-record.js';
export { getRecord, recordFromResource } from './records/get-record.js';
export { saveRecord } from './records/save-record.js';
export { deleteRecord } from './records/delete-record.js';
export { recordTypes, type RecordTypeName } from './records/record-types.js';
export { placeNode, type Place } from './records/types/place-node.js';
export { proofNode, type Proof } from './records/types/proof-node.js';

// records: one block per record type
export {
  offerType,
  createOffer,
  getOffer,
  saveOffer,
  deleteOffer,
  type Offer,
  type OfferInit,
} from './records/types/offer.js';
export { profileType, getProfile, saveProfile, type Profile, type ProfileInit } from './records/types/profile.js';
export { groupType, getGroup, saveGroup, type Group, type GroupInit } from './records/types/group.js';
export {
  currencyType,
  createCurrency,
  getCurrency,
  saveCurrency,
  deleteCurrency,
  type Currency,
  type CurrencyInit,
} from './records/types/currency.js';
export {
  membershipType,
  createMembership,
  getMembership,
  saveMembership,
  deleteMembership,
  type Membership,
  type MembershipInit,
} from './records/types/membership.js';
export {
  joinRequestType,
  createJoinRequest,
  getJoinRequest,
  saveJoinRequest,
  deleteJoinRequest,
  type JoinRequest,
  type JoinRequestInit,
} from './records/types/join-request.js';
export {
  marketplaceEntryType,
  createMarketplaceEntry,
  getMarketplaceEntry,
  saveMarketplaceEntry,
  deleteMarketplaceEntry,
  type MarketplaceEntry,
  type MarketplaceEntryInit,
} from './records/types/marketplace-entry.js';
export {
  transferType,
  createTransfer,
  getTransfer,
  saveTransfer,
  deleteTransfer,
  type Transfer,
  type TransferInit,
} from './records/types/transfer.js';
export {
  ledgerEntryType,
  createLedgerEntry,
  getLedgerEntry,
  saveLedgerEntry,
  deleteLedgerEntry,
  type LedgerEntry,
  type LedgerEntryInit,
} from './records/types/ledger-entry.js';
export { ledgerSettingsType, type LedgerSettings, type LedgerSettingsInit } from './records/types/ledger-settings.js';
export { limitSettingsType, type LimitSettings, type LimitSettingsInit } from './records/types/limit-settings.js';
export {
  proposalType,
  createProposal,
  getProposal,
  saveProposal,
  deleteProposal,
  type ProposalRecord,
  type ProposalInit,
} from './records/types/proposal.js';
export {
  voteType,
  createVote,
  getVote,
  saveVote,
  deleteVote,
  type VoteRecord,
  type VoteInit,
} from './records/types/vote.js';
export {
  commentType,
  createComment,
  getComment,
  saveComment,
  deleteComment,
  type Comment,
  type CommentInit,
} from './records/types/comment.js';
export {
  groupDocumentType,
  createGroupDocument,
  getGroupDocument,
  saveGroupDocument,
  deleteGroupDocument,
  type GroupDocument,
  type GroupDocumentInit,
} from './records/types/group-document.js';
export {
  newsItemType,
  createNewsItem,
  getNewsItem,
  saveNewsItem,
  deleteNewsItem,
  type NewsItem,
  type NewsItemInit,
} from './records/types/news-item.js';
export {
  calendarEventType,
  createCalendarEvent,
  getCalendarEvent,
  saveCalendarEvent,
  deleteCalendarEvent,
  type CalendarEvent,
  type CalendarEventInit,
} from './records/types/calendar-event.js';

// type-index: finding and registering data, interoperable with other Solid apps
export { getTypeIndexLinks, type TypeIndexLinks } from './type-index/type-index-links.js';
export { ensureTypeIndexes, type TypeIndexes } from './type-index/ensure-type-indexes.js';
export { registerClass, type RegisterClassOptions, type RegistrationTarget } from './type-index/register-class.js';
export { findTypeRegistrations, type ClassLocations } from './type-index/find-type-registrations.js';
export { findInstances, type FoundInstances } from './type-index/find-instances.js';
export { typeRegistrationsIn, type TypeRegistration } from './type-index/type-registration.js';

// loader: many sources at once, partial results
export { loadResources } from './loader/load-resources.js';
export { loadRecords } from './loader/load-records.js';
export {
  type LoadOptions,
  type LoadProgress,
  type LoadFailure,
  type LoadResult,
  DEFAULT_CONCURRENCY,
  DEFAULT_LOAD_TIMEOUT_MS,
  DEFAULT_LOAD_MAX_BYTES,
} from './loader/load-options.js';

// groups: where a group's data lives
export { groupLayout, groupRootOf, type GroupLayout } from './groups/group-layout.js';

// steward: loops a host runs with a group's credentials (`mutua steward`): Leaves, public outputs, passed decisions
export { watchLeaveRequests, type WatchLeaveRequestsOptions } from './steward/watch-leave-requests.js';
export { watchPublicNews, type WatchPublicNewsOptions } from './steward/watch-public-news.js';
export { watchPassedProposals, type WatchPassedProposalsOptions } from './steward/watch-passed-proposals.js';
export type { ApplyResolutionReport, ResolutionApplication } from './decisions/index.js';
export type { ProcessedLeaves } from './membership/process-leave-requests.js';

// publishing: group news, events, documents and the public feed, page and calendar
export {
  publishingLayout,
  postsContainer,
  eventsContainer,
  documentsContainer,
  createMarkdownRenderer,
  escapeHtml,
  atomFeed,
  entryAnchor,
  calendarIcs,
  publicPage,
  ENGLISH_PAGE_LABELS,
  newestFirst,
  byStart,
  addNewsToGroup,
  setNewsInGroup,
  removeNewsFromGroup,
  getGroupNewsAll,
  addEventToGroup,
  setEventInGroup,
  removeEventFromGroup,
  getGroupEventsAll,
  mayPostNews,
  getNewsPostingRule,
  setNewsPostingRule,
  newsPostsAclQuads,
  authorSlug,
  authorPostsContainer,
  ensureNewsAuthors,
  newsAuthorAclQuads,
  authorContainers,
  uploadNewsPicture,
  MAX_NEWS_PICTURE_BYTES,
  publishGroupOutputs,
  DOCUMENT_FILE_TYPES,
  MAX_DOCUMENT_FILE_BYTES,
  documentFileExtension,
  ensureAdminDocumentsAcl,
  adminDocumentsAclQuads,
  addDocumentToGroup,
  addDocumentVersion,
  getDocumentHistory,
  getGroupDocumentsAll,
  documentContainerOf,
  shareDocumentWithGroup,
  unshareDocumentFromGroup,
  sharedLinkContainer,
  withGroupReadRule,
  shareRuleName,
  ensureGroupSharing,
  findReadersRoster,
  refreshReadersRoster,
  readersRosterQuads,
  type PublishingLayout,
  type Visibility,
  type MarkdownRenderer,
  type AtomFeedLocation,
  type PublicPageLabels,
  type PublicPageLinks,
  type PublicGroupContent,
  type NewsDraft,
  type GroupEvent,
  type NewsPostingRule,
  type PublishedOutputs,
  type PublishOptions,
  type DocumentContent,
  type DocumentDraft,
  type ShareDocumentOptions,
  type ContainerRecords,
} from './publishing/index.js';
export { isLedgerDocumentUrl, loadLedgerDocuments } from './ledger/load-ledger-documents.js';
export { ENTRIES_PER_PAGE, entryUrl, pageNumberOf, pageUrl, sequenceOfEntryUrl } from './ledger/group-ledger-layout.js';
export { pageEntriesFromQuads } from './ledger/ledger-page.js';
export { checkLedgerPages } from './ledger/check-ledger-pages.js';
export { entryFromQuads } from './ledger/entry-document.js';
export type { LogEntry } from './ledger/log-entry.js';
export { COORDINATE_DECIMALS, roundCoordinate, coarseCoordinates, coarsePlace, coordinatesOf, distanceKm, roundedKm, type Coordinates } from './places/index.js';
