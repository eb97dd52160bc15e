import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { Fields } from '../records/field.js';
import { recordFromResource } from '../records/get-record.js';
import type { RecordOf, RecordType } from '../records/record-type.js';
import { loadEach } from './load-each.internal.js';
import type { LoadOptions, LoadResult } from './load-options.js';

/**
 * Reads many records of one type in parallel; each is validated against its shape, so a source
 * that serves an invalid record is reported in `errors` (ValidationError) like one that is down.
 */
export function loadRecords<F extends Fields>(
  type: RecordType<F>,
  urls: readonly string[],
  options: LoadOptions = {},
): Promise<LoadResult<RecordOf<RecordType<F>>>> {
  return loadEach(urls, async (url, taskOptions) => recordFromResource(type, await getRdfResource(url, taskOptions), url), options);
}
