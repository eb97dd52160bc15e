import { groupLayout } from '../groups/group-layout.js';

/** Who may read an item: everyone, the group's members (admins included), or its admins only. */
export type Visibility = 'public' | 'membersOnly' | 'adminsOnly';

/**
 * Where a group's publishing lives. Visibility is a matter of location: the group's access
 * policy already makes `news/public/` and `documents/public/` world-readable and the rest of
 * `news/` and `documents/` members-only, so an item is public exactly when it sits in a public
 * container. Admins-only documents live in `documents/admins/`, which gets its own ACL.
 */
export interface PublishingLayout {
  readonly root: string;
  readonly publicPosts: string;
  readonly memberPosts: string;
  readonly publicEvents: string;
  readonly memberEvents: string;
  readonly publicDocuments: string;
  readonly memberDocuments: string;
  readonly adminDocuments: string;
  /** Links to members' own documents shared with the group (members read and append; decision 0080). */
  readonly sharedDocuments: string;
  /** Generated outputs, public, rewritten whenever public news or events change. */
  readonly atomFeed: string;
  readonly publicPage: string;
  readonly calendar: string;
}

/** The publishing layout of the group whose storage root is `root`. */
export function publishingLayout(root: string): PublishingLayout {
  const layout = groupLayout(root);
  return {
    root,
    publicPosts: `${layout.publicNews}posts/`,
    memberPosts: `${layout.news}posts/`,
    publicEvents: `${layout.publicNews}events/`,
    memberEvents: `${layout.news}events/`,
    publicDocuments: layout.publicDocuments,
    memberDocuments: `${layout.documents}library/`,
    adminDocuments: `${layout.documents}admins/`,
    sharedDocuments: `${layout.documents}shared/`,
    atomFeed: `${layout.publicNews}feed.atom`,
    publicPage: `${layout.publicNews}index.html`,
    calendar: `${layout.publicNews}calendar.ics`,
  };
}

/** The container for posts of the given visibility (posts are never admins-only). */
export function postsContainer(layout: PublishingLayout, visibility: 'public' | 'membersOnly'): string {
  return visibility === 'public' ? layout.publicPosts : layout.memberPosts;
}

/** The container for events of the given visibility. */
export function eventsContainer(layout: PublishingLayout, visibility: 'public' | 'membersOnly'): string {
  return visibility === 'public' ? layout.publicEvents : layout.memberEvents;
}

/** The container for documents of the given visibility. */
export function documentsContainer(layout: PublishingLayout, visibility: Visibility): string {
  if (visibility === 'public') return layout.publicDocuments;
  return visibility === 'membersOnly' ? layout.memberDocuments : layout.adminDocuments;
}
