import { groupLayout, groupRootOf } from '../groups/group-layout.js';

/** The documents of one marketplace index (members-only or public) in a group pod. */
export interface MarketplaceIndexLayout {
  /** The container: members may read it (public: anyone) and append to it. */
  readonly container: string;
  /** Where members append signed entries and withdrawals between compactions. */
  readonly journal: string;
  /** Written by admins only: the roster with keys, the newest entries, and links to the other pages. */
  readonly head: string;
  /** The URL of compacted page `n` (1-based); admins only. */
  page(n: number): string;
}

/** Both marketplace indexes of a group: visibility is enforced by which one an entry is in. */
export interface MarketplaceLayout {
  readonly group: string;
  readonly root: string;
  readonly membersOnly: MarketplaceIndexLayout;
  readonly public: MarketplaceIndexLayout;
}

function indexLayout(container: string): MarketplaceIndexLayout {
  return {
    container,
    journal: `${container}journal`,
    head: `${container}index`,
    page: (n) => `${container}index-${n}`,
  };
}

/** Where a group's marketplace indexes live, from the group's IRI (`…/profile/card#group`). */
export function marketplaceLayout(groupUrl: string): MarketplaceLayout {
  const root = groupRootOf(groupUrl);
  const container = groupLayout(root).marketplace;
  return { group: groupUrl, root, membersOnly: indexLayout(container), public: indexLayout(`${container}public/`) };
}
