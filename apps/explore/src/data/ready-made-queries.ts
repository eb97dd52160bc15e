import activeTraders from '../../../cli/queries/active-traders.rq?raw';
import balanceDistribution from '../../../cli/queries/balance-distribution.rq?raw';
import memberBalances from '../../../cli/queries/member-balances.rq?raw';
import offersPerCategory from '../../../cli/queries/offers-per-category.rq?raw';
import proposalsAndTurnout from '../../../cli/queries/proposals-and-turnout.rq?raw';
import tradeVolume from '../../../cli/queries/trade-volume.rq?raw';
import { parseReadyMadeQuery, type ReadyMadeQuery } from './cli-api.internal.js';

// The same files `mutua query --query <name>` reads, bundled as text by Vite (`?raw`), so the
// page and the CLI can never disagree on what a ready-made query says.
const files: Readonly<Record<string, string>> = {
  'active-traders': activeTraders,
  'balance-distribution': balanceDistribution,
  'member-balances': memberBalances,
  'offers-per-category': offersPerCategory,
  'proposals-and-turnout': proposalsAndTurnout,
  'trade-volume': tradeVolume,
};

/** The CLI's ready-made queries, sorted by name, with their titles and descriptions. */
export const readyMadeQueries: readonly ReadyMadeQuery[] = Object.keys(files)
  .sort()
  .map((name) => parseReadyMadeQuery(name, files[name]!));
