// The public surface of @mutua/ledger. Explicit on purpose: no `export *`.
export { MutuaLedgerApp } from './components/mutua-ledger-app/mutua-ledger-app.js';
export type { LedgerPort, TransferDraft, ActingOptions, ProgressListener } from './data/ledger-port.js';
export type { LedgerView } from './data/ledger-view.js';
export type { GroupContext } from './data/group-context.js';
export { formatAmount, type FormatAmountOptions } from './format/format-amount.js';
export { parseAmount, type ParsedAmount } from './format/parse-amount.js';
export { ledgerHref, parseLedgerRoute, type LedgerPage, type LedgerRoute } from './routing/ledger-route.js';
