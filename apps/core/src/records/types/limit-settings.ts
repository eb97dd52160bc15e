import { dateTime, integer } from '../literal-codecs.js';
import { iri } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA } from '../../vocab/terms.generated.js';

/**
 * One dated change of a group's credit limits, record `sequence` of `limit-settings/` (decision
 * 0081): without `member` the currency's defaults (all four values given), with `member` that
 * member's overrides (absent: the default applies). Stored once as N-Quads (`text/plain`) and
 * never rewritten; see `addLimitSettings` and `getLimitSettingsHistory` for the pod I/O.
 */
export const limitSettingsType = defineRecordType({
  name: 'limit-settings',
  classIri: MUTUA.LimitSettings,
  fields: {
    group: one(MUTUA.group, iri),
    sequence: one(MUTUA.sequence, integer),
    created: one(DCTERMS.created, dateTime),
    creator: optional(DCTERMS.creator, iri),
    member: optional(MUTUA.member, iri),
    minimumBalance: optional(MUTUA.minimumBalance, integer),
    maximumBalance: optional(MUTUA.maximumBalance, integer),
    previousMinimumBalance: optional(MUTUA.previousMinimumBalance, integer),
    previousMaximumBalance: optional(MUTUA.previousMaximumBalance, integer),
  },
});

export type LimitSettings = RecordOf<typeof limitSettingsType>;
export type LimitSettingsInit = RecordInit<typeof limitSettingsType>;
