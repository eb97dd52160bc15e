import { describe, expect, it } from 'vitest';
import { matchRoute, type AppRoute } from './app-route.js';

const route = (path: string): AppRoute => ({
  path,
  label: () => path,
  description: () => path,
  tagName: 'x-app',
  load: async () => undefined,
});

describe('matchRoute', () => {
  const routes = [route('/ledger'), route('/marketplace')];

  it('matches the app path itself and everything below it', () => {
    expect(matchRoute(routes, '/ledger')?.path).toBe('/ledger');
    expect(matchRoute(routes, '/marketplace/offer/1')?.path).toBe('/marketplace');
  });

  it('does not match a path that only shares a prefix', () => {
    expect(matchRoute(routes, '/ledgers')).toBeUndefined();
    expect(matchRoute(routes, '/')).toBeUndefined();
  });
});
