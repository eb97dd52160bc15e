import { describe, expect, it } from 'vitest';
import { ledgerHref, parseLedgerRoute } from './ledger-route.js';

describe('parseLedgerRoute', () => {
  it('reads the page from the path and keeps the query, e.g. the marketplace’s pay link', () => {
    const route = parseLedgerRoute(new URL('https://app.example/ledger/pay?group=https%3A%2F%2Fg%2Fprofile%2Fcard%23group&payee=https%3A%2F%2Fb%2Fprofile%2Fcard%23me&amount=150&offer=https%3A%2F%2Fo'));
    expect(route.page).toBe('pay');
    expect(route.params.get('group')).toBe('https://g/profile/card#group');
    expect(route.params.get('payee')).toBe('https://b/profile/card#me');
    expect(route.params.get('amount')).toBe('150');
  });

  it('treats /ledger and /ledger/ as home and unknown pages as not found', () => {
    expect(parseLedgerRoute(new URL('https://app.example/ledger')).page).toBe('home');
    expect(parseLedgerRoute(new URL('https://app.example/ledger/')).page).toBe('home');
    expect(parseLedgerRoute(new URL('https://app.example/ledger/nope')).page).toBe('not-found');
  });

  it('opens the form named by mode=pay or mode=request, from the home path or the other form', () => {
    expect(parseLedgerRoute(new URL('https://app.example/ledger?mode=request&payer=x')).page).toBe('request');
    expect(parseLedgerRoute(new URL('https://app.example/ledger?mode=pay&payee=x')).page).toBe('pay');
    expect(parseLedgerRoute(new URL('https://app.example/ledger/pay?mode=request')).page).toBe('request');
    expect(parseLedgerRoute(new URL('https://app.example/ledger/history?mode=pay')).page).toBe('history');
    expect(parseLedgerRoute(new URL('https://app.example/ledger?mode=steal')).page).toBe('home');
  });
});

describe('ledgerHref', () => {
  it('builds a link that parses back to the same page and parameters, leaving empty ones out', () => {
    const href = ledgerHref('receipt', { group: 'https://g/profile/card#group', entry: 3, q: '' });
    expect(href).toBe('/ledger/receipt?group=https%3A%2F%2Fg%2Fprofile%2Fcard%23group&entry=3');
    const route = parseLedgerRoute(new URL(href, 'https://app.example'));
    expect([route.page, route.params.get('entry')]).toEqual(['receipt', '3']);
    expect(ledgerHref('home')).toBe('/ledger');
  });
});
