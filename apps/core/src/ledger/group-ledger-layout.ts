import { groupLayout, groupRootOf } from '../groups/group-layout.js';

/** Entries per folder of the group log: folders keep container listings small at any ledger size. */
export const ENTRIES_PER_FOLDER = 1000;

/**
 * Entries per ledger page: a page repeats a full run of entries in one document, so a reader
 * needs one request per hundred positions instead of one per position (decision 0072).
 */
export const ENTRIES_PER_PAGE = 100;

const SEQUENCE_DIGITS = 9;
const FOLDER_DIGITS = 6;

/** Where a group's ledger lives in the group pod. */
export interface GroupLedgerLayout {
  /** `ledger/`: members Read and Append, admins Write (see the group access policy). */
  readonly container: string;
  /** `ledger/entries/`: one folder per ENTRIES_PER_FOLDER positions, one document per position. */
  readonly entries: string;
  /** `ledger/requests/`: payees' signed payment requests waiting for the payer. */
  readonly requests: string;
  /** `ledger/outcomes/`: one document per decided request (accepted, declined or cancelled). */
  readonly outcomes: string;
  /** `ledger/pages/`: page n repeats entries n×ENTRIES_PER_PAGE … (n+1)×ENTRIES_PER_PAGE−1, once they all exist. */
  readonly pages: string;
  /**
   * `ledger-settings/` beside `ledger/`, not in it: members may Append in `ledger/`, so they could
   * create a settings container there before any admin; at the pod root they only read (decision 0079).
   * The dated, immutable history of the group's ledger workflow.
   */
  readonly settings: string;
  /** `limit-settings/` beside `ledger/` for the same reason: the dated history of the credit limits (decision 0081). */
  readonly limitSettings: string;
}

/** The ledger layout of the group `groupUrl` (`…/profile/card#group`). */
export function groupLedgerLayout(groupUrl: string): GroupLedgerLayout {
  const container = groupLayout(groupRootOf(groupUrl)).ledger;
  return {
    container,
    entries: `${container}entries/`,
    requests: `${container}requests/`,
    outcomes: `${container}outcomes/`,
    pages: `${container}pages/`,
    settings: `${groupRootOf(groupUrl)}ledger-settings/`,
    limitSettings: `${groupRootOf(groupUrl)}limit-settings/`,
  };
}

/** The folder holding position `sequence`. */
export function entryFolderUrl(groupUrl: string, sequence: number): string {
  const folder = Math.floor(sequence / ENTRIES_PER_FOLDER);
  return `${groupLedgerLayout(groupUrl).entries}${String(folder).padStart(FOLDER_DIGITS, '0')}/`;
}

/** The document of position `sequence` of the group log. */
export function entryUrl(groupUrl: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0)
    throw new RangeError(`A ledger position is a whole number from 0, got ${sequence}`);
  return `${entryFolderUrl(groupUrl, sequence)}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

/** The position an entry document's URL names, or undefined when the URL is not an entry's. */
export function sequenceOfEntryUrl(url: string): number | undefined {
  const match = /\/entries\/(\d+)\/(\d+)$/.exec(new URL(url).pathname);
  if (!match) return undefined;
  const sequence = Number(match[2]);
  return Math.floor(sequence / ENTRIES_PER_FOLDER) === Number(match[1]) ? sequence : undefined;
}

/** The folder number in a folder URL (`…/entries/000012/` → 12), or undefined. */
export function folderNumberOf(url: string): number | undefined {
  const match = /\/entries\/(\d+)\/$/.exec(new URL(url).pathname);
  return match ? Number(match[1]) : undefined;
}

/** The document of ledger page `page` (positions page×ENTRIES_PER_PAGE onwards). */
export function pageUrl(groupUrl: string, page: number): string {
  if (!Number.isSafeInteger(page) || page < 0)
    throw new RangeError(`A ledger page is a whole number from 0, got ${page}`);
  return `${groupLedgerLayout(groupUrl).pages}${String(page).padStart(FOLDER_DIGITS, '0')}`;
}

/** The page number a ledger page URL names (`…/pages/000003` → 3), or undefined. */
export function pageNumberOf(url: string): number | undefined {
  const match = /\/ledger\/pages\/(\d{6})$/.exec(new URL(url).pathname);
  return match ? Number(match[1]) : undefined;
}

/** The document of settings record `sequence` (`ledger-settings/000000003`). */
export function settingsUrl(groupUrl: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0)
    throw new RangeError(`A settings record number is a whole number from 0, got ${sequence}`);
  return `${groupLedgerLayout(groupUrl).settings}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

/** The record number a settings document's URL names, or undefined when the URL is not one. */
export function settingsSequenceOf(url: string): number | undefined {
  const match = /\/ledger-settings\/(\d{9})$/.exec(new URL(url).pathname);
  return match ? Number(match[1]) : undefined;
}

/** The document of credit limit record `sequence` (`limit-settings/000000003`). */
export function limitSettingsUrl(groupUrl: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0)
    throw new RangeError(`A limit record number is a whole number from 0, got ${sequence}`);
  return `${groupLedgerLayout(groupUrl).limitSettings}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

/** The record number a credit limit document's URL names, or undefined when the URL is not one. */
export function limitSettingsSequenceOf(url: string): number | undefined {
  const match = /\/limit-settings\/(\d{9})$/.exec(new URL(url).pathname);
  return match ? Number(match[1]) : undefined;
}
