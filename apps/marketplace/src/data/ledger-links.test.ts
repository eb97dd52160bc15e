import { describe, expect, it } from 'vitest';
import { parseLedgerRoute } from '../../../ledger/src/routing/ledger-route.js';
import { ledgerLink } from './ledger-links.js';

describe('ledger links from an offer', () => {
  it('pre-fill a payment to the author with the amount in minor units and the offer title as description', () => {
    const url = new URL(ledgerLink('pay', { group: 'https://g.example/profile/card#group', counterpart: 'https://b.example/profile/card#me', amount: 120, offer: 'https://b.example/mutua/offers/1#it', description: 'Bike repair' }), 'https://app.example');
    expect(url.pathname).toBe('/ledger/pay');
    expect(Object.fromEntries(url.searchParams)).toEqual({ mode: 'pay', group: 'https://g.example/profile/card#group', payee: 'https://b.example/profile/card#me', amount: '120', description: 'Bike repair', offer: 'https://b.example/mutua/offers/1#it' });
  });

  it('ask the author to pay, and leave out amounts that are not whole positive numbers', () => {
    const url = new URL(ledgerLink('request', { group: 'g', counterpart: 'w', amount: 1.5, offer: 'o' }), 'https://app.example');
    expect(url.pathname).toBe('/ledger/request');
    expect(Object.fromEntries(url.searchParams)).toEqual({ mode: 'request', group: 'g', payer: 'w', offer: 'o' });
  });

  it('cut a long title to what the ledger form accepts', () => {
    const url = new URL(ledgerLink('pay', { group: 'g', counterpart: 'w', offer: 'o', description: 'x'.repeat(900) }), 'https://app.example');
    expect(url.searchParams.get('description')).toHaveLength(500);
  });

  it('open the matching form in the ledger app', () => {
    for (const mode of ['pay', 'request'] as const) {
      expect(parseLedgerRoute(new URL(ledgerLink(mode, { group: 'g', counterpart: 'w', offer: 'o' }), 'https://app.example')).page).toBe(mode);
    }
  });
});
