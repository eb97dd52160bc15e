import { Parser, Writer, type Quad } from 'n3';
import { ValidationError } from '../errors/validation-error.js';
import { recordFromResource } from '../records/get-record.js';
import { recordIssues } from '../records/record-issues.internal.js';
import { recordToQuads } from '../records/record-quads.js';
import { limitSettingsType, type LimitSettings } from '../records/types/limit-settings.js';
import type { DatedRecordKind } from './dated-records.internal.js';
import { groupLedgerLayout, limitSettingsSequenceOf, limitSettingsUrl } from './group-ledger-layout.js';
import type { ValidationIssue } from '../validation/validation-result.js';
import { MUTUA } from '../vocab/terms.generated.js';

/** Served as `text/plain` like ledger entries, so the server can never apply a PATCH to a limit record. */
export const LIMIT_SETTINGS_CONTENT_TYPE = 'text/plain';

/** The record as N-Quads, after checking it against shapes/limit-settings.ttl and the defaults rule. */
export function serializeLimitSettings(record: LimitSettings): string {
  const quads = recordToQuads(limitSettingsType, record);
  const issues = [...recordIssues(limitSettingsType, quads, record.url), ...defaultsIssues(record)];
  if (issues.length > 0)
    throw new ValidationError('Writing the credit limit record', record.url, limitSettingsType.name, issues);
  return new Writer({ format: 'N-Quads' }).quadsToString(quads);
}

/** The limit record in a document body, validated like on write; throws ValidationError otherwise. */
export function parseLimitSettings(body: string, url: string): LimitSettings {
  const quads = new Parser({ format: 'N-Quads' }).parse(body) as Quad[];
  const record = recordFromResource(limitSettingsType, { url, quads, etag: null }, `${url}#it`);
  const issues = defaultsIssues(record);
  if (issues.length > 0)
    throw new ValidationError('Reading the credit limit record', url, limitSettingsType.name, issues);
  return record;
}

// SHACL keeps every value optional because a member's record may clear an override; a record of
// the defaults must still state all four, or a reader would have to guess a default for it.
function defaultsIssues(record: LimitSettings): ValidationIssue[] {
  if (record.member !== undefined) return [];
  const keys = ['minimumBalance', 'maximumBalance', 'previousMinimumBalance', 'previousMaximumBalance'] as const;
  return keys
    .filter((key) => record[key] === undefined)
    .map((key) => ({
      focusNode: record.url,
      path: MUTUA[key],
      constraint: 'http://www.w3.org/ns/shacl#MinCountConstraintComponent',
      message: {
        en: 'A record of the default limits gives the new and the previous minimum and maximum.',
        fr: 'Un enregistrement des limites par défaut indique les nouveaux et les anciens minimum et maximum.',
        es: 'Un registro de los límites por defecto indica los nuevos y los anteriores mínimo y máximo.',
      },
    }));
}

/** Credit limit records as one kind of dated record (`limit-settings/<n>`). */
export const LIMIT_SETTINGS_KIND: DatedRecordKind<LimitSettings> = {
  name: 'the credit limit record',
  container: (groupUrl) => groupLedgerLayout(groupUrl).limitSettings,
  urlOf: limitSettingsUrl,
  sequenceOf: limitSettingsSequenceOf,
  contentType: LIMIT_SETTINGS_CONTENT_TYPE,
  serialize: serializeLimitSettings,
  parse: parseLimitSettings,
};
