/** What a ledger link pre-fills: the group, the other member, an amount in minor units, the offer and its title. */
export interface LedgerLinkInit {
  readonly group: string;
  readonly counterpart: string;
  readonly amount?: number;
  readonly offer: string;
  /** Becomes the transfer's description (the offer's title). */
  readonly description?: string;
}

/** The ledger form's description field holds at most this many characters. */
const MAX_DESCRIPTION = 500;

/**
 * The ledger app link that pre-fills a transfer, with the parameters the ledger app reads:
 * `mode=pay|request`, `group`, `amount`, `description`, `offer`, and the counterpart as `payee`
 * (pay: the author gets paid) or `payer` (request: the author is asked to pay).
 */
export function ledgerLink(mode: 'pay' | 'request', init: LedgerLinkInit): string {
  const params = new URLSearchParams({ mode, group: init.group, [mode === 'pay' ? 'payee' : 'payer']: init.counterpart });
  if (init.amount !== undefined && Number.isSafeInteger(init.amount) && init.amount > 0) params.set('amount', String(init.amount));
  const description = init.description?.trim().slice(0, MAX_DESCRIPTION);
  if (description) params.set('description', description);
  params.set('offer', init.offer);
  return `/ledger/${mode}?${params.toString()}`;
}
