/** The pages of the ledger app, each at `/ledger/<page>` (home at `/ledger`). */
export type LedgerPage = 'home' | 'history' | 'pay' | 'request' | 'pending' | 'receipt' | 'overview' | 'verify' | 'not-found';

const PAGES: readonly LedgerPage[] = ['history', 'pay', 'request', 'pending', 'receipt', 'overview', 'verify'];

/** Where the member is in the ledger app: the page and its query parameters. */
export interface LedgerRoute {
  readonly page: LedgerPage;
  readonly params: URLSearchParams;
}

/**
 * The route of a page URL under `/ledger`. A `mode=pay|request` parameter opens that form from
 * `/ledger`, `/ledger/pay` or `/ledger/request`, so a link can name the form in its query alone.
 */
export function parseLedgerRoute(url: URL): LedgerRoute {
  const rest = url.pathname.replace(/^\/ledger\/?/, '').replace(/\/$/, '');
  const page: LedgerPage = rest === '' ? 'home' : PAGES.includes(rest as LedgerPage) ? (rest as LedgerPage) : 'not-found';
  const mode = url.searchParams.get('mode');
  const form = mode === 'pay' || mode === 'request' ? mode : undefined;
  return { page: form && (page === 'home' || page === 'pay' || page === 'request') ? form : page, params: url.searchParams };
}

/** The path and query of a ledger page; parameters without a value are left out. */
export function ledgerHref(page: Exclude<LedgerPage, 'not-found'>, params: Readonly<Record<string, string | number | undefined>> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const path = page === 'home' ? '/ledger' : `/ledger/${page}`;
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
