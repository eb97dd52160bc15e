import { describe, expect, it } from 'vitest';
import {
  createRecord,
  deleteRecord,
  getRecord,
  NotFoundError,
  recordTypes,
  saveRecord,
  type RecordType,
  type RecordTypeName,
} from '../../../apps/core/src/index.js';
import { getAuthenticatedFetch } from '../../support/pod.js';
import { exampleRecord, freshContainer } from './data-layer-fixtures.js';

const ownDocumentTypes = (Object.keys(recordTypes) as RecordTypeName[]).filter((name) => recordTypes[name].document === 'own');

describe('records in a real pod', () => {
  it('covers every record type that owns its document', () => {
    expect(ownDocumentTypes.sort()).toEqual(
      ['comment', 'currency', 'document', 'event', 'join-request', 'ledger-entry', 'ledger-settings', 'limit-settings', 'marketplace-entry', 'membership', 'news', 'offer', 'proposal', 'transfer', 'vote'].sort(),
    );
  });

  for (const name of ownDocumentTypes) {
    it(`saves a ${name}, reads back exactly the same record with an ETag, and deletes it`, async () => {
      const fetch = await getAuthenticatedFetch('alice');
      const type: RecordType = recordTypes[name];
      const { url: _exampleUrl, ...fields } = exampleRecord(type);
      const record = createRecord(type, freshContainer('alice', name), fields);
      const saved = await saveRecord(type, record, { fetch });
      expect(saved.etag).toMatch(/^"\d+-text\/turtle"$/);
      const read = await getRecord(type, saved.url, { fetch });
      expect(read).toEqual(saved);
      await deleteRecord(type, read, { fetch });
      await expect(getRecord(type, saved.url, { fetch })).rejects.toThrow(NotFoundError);
    });
  }
});
