import { Parser, Writer, type Quad } from 'n3';
import { ValidationError } from '../errors/validation-error.js';
import { recordFromResource } from '../records/get-record.js';
import { recordIssues } from '../records/record-issues.internal.js';
import { recordToQuads } from '../records/record-quads.js';
import { ledgerSettingsType, type LedgerSettings } from '../records/types/ledger-settings.js';
import type { DatedRecordKind } from './dated-records.internal.js';
import { groupLedgerLayout, settingsSequenceOf, settingsUrl } from './group-ledger-layout.js';

/** Served as `text/plain` like ledger entries, so the server can never apply a PATCH to a settings record. */
export const SETTINGS_CONTENT_TYPE = 'text/plain';

/** The record as N-Quads, after checking it against shapes/ledger-settings.ttl. */
export function serializeSettings(record: LedgerSettings): string {
  const quads = recordToQuads(ledgerSettingsType, record);
  const issues = recordIssues(ledgerSettingsType, quads, record.url);
  if (issues.length > 0) throw new ValidationError('Writing the ledger settings record', record.url, ledgerSettingsType.name, issues);
  return new Writer({ format: 'N-Quads' }).quadsToString(quads);
}

/** The settings record in a document body, validated against its shape; throws ValidationError otherwise. */
export function parseSettings(body: string, url: string): LedgerSettings {
  const quads = new Parser({ format: 'N-Quads' }).parse(body) as Quad[];
  return recordFromResource(ledgerSettingsType, { url, quads, etag: null }, `${url}#it`);
}

/** Ledger settings records as one kind of dated record (`ledger-settings/<n>`). */
export const LEDGER_SETTINGS_KIND: DatedRecordKind<LedgerSettings> = {
  name: 'the ledger settings record',
  container: (groupUrl) => groupLedgerLayout(groupUrl).settings,
  urlOf: settingsUrl,
  sequenceOf: settingsSequenceOf,
  contentType: SETTINGS_CONTENT_TYPE,
  serialize: serializeSettings,
  parse: parseSettings,
};
