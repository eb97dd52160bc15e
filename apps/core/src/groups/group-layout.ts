/** Where everything of one group lives, relative to the group's storage root (its pod root). */
export interface GroupLayout {
  /** The group's storage root, ending with a slash: the pod root of the group's own pod. */
  readonly root: string;
  /** Public: the group's card, its currency and its category scheme. */
  readonly profileContainer: string;
  /** The card document; the group is `card#group`, the hosting account `card#me`. */
  readonly card: string;
  readonly group: string;
  readonly currency: string;
  readonly categories: string;
  /** Membership records, one document per member. */
  readonly members: string;
  /** Join requests and other notifications sent to the group. */
  readonly inbox: string;
  readonly marketplace: string;
  readonly ledger: string;
  readonly decisions: string;
  readonly documents: string;
  readonly publicDocuments: string;
  readonly news: string;
  readonly publicNews: string;
}

/** The layout of a group whose storage root is `root` (a container URL ending with `/`). */
export function groupLayout(root: string): GroupLayout {
  if (!root.endsWith('/')) throw new TypeError(`A group root is a container URL ending with "/": ${root}`);
  const at = (path: string): string => new URL(path, root).href;
  return {
    root,
    profileContainer: at('profile/'),
    card: at('profile/card'),
    group: at('profile/card#group'),
    currency: at('profile/currency#it'),
    categories: at('profile/categories#scheme'),
    members: at('members/'),
    inbox: at('inbox/'),
    marketplace: at('marketplace/'),
    ledger: at('ledger/'),
    decisions: at('decisions/'),
    documents: at('documents/'),
    publicDocuments: at('documents/public/'),
    news: at('news/'),
    publicNews: at('news/public/'),
  };
}

/** The storage root of a group from its IRI (`…/profile/card#group` → `…/`). */
export function groupRootOf(groupUrl: string): string {
  const url = new URL(groupUrl);
  url.hash = '';
  if (!url.pathname.endsWith('/profile/card')) throw new TypeError(`A Mutua group IRI ends with /profile/card#group: ${groupUrl}`);
  return new URL('../', url).href;
}
