/** The parts of a network an index-guided crawl reads. */
export interface CrawlParts {
  readonly members: boolean;
  readonly marketplace: boolean;
  readonly ledger: boolean;
  readonly decisions: boolean;
  /** Members' own pods: WebID profiles, type indexes and the data registered there. */
  readonly memberPods: boolean;
}

export const ALL_PARTS: CrawlParts = { members: true, marketplace: true, ledger: true, decisions: true, memberPods: true };

const MUTUA = 'https://w3id.org/mutua/ns#';
const mentions = (sparql: string, ...terms: string[]): boolean =>
  terms.some((term) => new RegExp(`(mutua:${term}\\b|<${MUTUA}${term}>)`).test(sparql));

/**
 * The parts a query needs, read off the Mutua classes and terms it names: the group's indexes
 * say where each kind of record lives, so a ledger question never reads the marketplace.
 * A query naming none of them reads everything.
 */
export function partsForQuery(sparql: string): CrawlParts {
  const parts: CrawlParts = {
    members: mentions(sparql, 'Membership', 'memberships'),
    marketplace: mentions(sparql, 'MarketplaceEntry'),
    ledger: mentions(sparql, 'LedgerEntry', 'Transfer'),
    decisions: mentions(sparql, 'DecisionProposal', 'Vote', 'Comment'),
    // Offers (vf:Proposal) and people's names live in members' pods.
    memberPods: /\bvf:Proposal\b|valueflows\/ont\/vf#Proposal>|\bfoaf:|\bvcard:|xmlns\.com\/foaf|2006\/vcard/.test(sparql),
  };
  return Object.values(parts).some(Boolean) ? { ...parts, members: parts.members || parts.memberPods } : ALL_PARTS;
}
