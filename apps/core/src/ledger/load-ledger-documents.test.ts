import { describe, expect, it } from 'vitest';
import { isLedgerDocumentUrl } from './load-ledger-documents.js';

describe('isLedgerDocumentUrl', () => {
  it('recognises the immutable documents of a group ledger and nothing else', () => {
    expect(isLedgerDocumentUrl('http://localhost:3000/sel/ledger/entries/000000/000000012')).toBe(true);
    expect(isLedgerDocumentUrl('http://localhost:3000/sel/ledger/entries/000000/')).toBe(false);
    expect(isLedgerDocumentUrl('http://localhost:3000/sel/ledger/requests/de305e10-0000-4000-8000-000000000900')).toBe(
      true,
    );
    expect(isLedgerDocumentUrl('http://localhost:3000/sel/ledger/outcomes/de305e10-0000-4000-8000-000000000900')).toBe(
      true,
    );
    expect(isLedgerDocumentUrl('http://localhost:3000/sel/ledger/pages/000003')).toBe(true);
    expect(isLedgerDocumentUrl('http://localhost:3000/sel/ledger/pages/')).toBe(false);
    expect(isLedgerDocumentUrl('http://localhost:3000/sel/ledger/requests/')).toBe(false);
    expect(isLedgerDocumentUrl('http://localhost:3000/sel/marketplace/requests/x')).toBe(false);
    expect(isLedgerDocumentUrl('http://localhost:3000/sel/ledger/entries/000000/000000012?x=1')).toBe(true);
  });
});
