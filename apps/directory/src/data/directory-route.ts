/** The pages of the directory app, each with what it needs from the URL. */
export type DirectoryRoute =
  | { readonly page: 'home' }
  | { readonly page: 'members' }
  | { readonly page: 'member'; readonly webId: string }
  | { readonly page: 'groups' }
  | { readonly page: 'new-group' }
  | { readonly page: 'group'; readonly group: string }
  | { readonly page: 'group-admin'; readonly group: string }
  | { readonly page: 'edit-profile' }
  | { readonly page: 'not-found' };

/** The app's base path, owned by the shell's route entry. */
export const DIRECTORY_BASE = '/directory';

/** Which page a URL shows; pages that need a WebID or group but lack one are not found. */
export function parseDirectoryRoute(url: URL): DirectoryRoute {
  const rest = url.pathname.slice(DIRECTORY_BASE.length).replace(/\/+$/, '');
  const group = url.searchParams.get('group');
  switch (rest) {
    case '':
      return { page: 'home' };
    case '/members':
      return { page: 'members' };
    case '/member': {
      // `webId` is the documented parameter; `webid` is still read for links shared before.
      const webId = url.searchParams.get('webId') ?? url.searchParams.get('webid');
      return webId ? { page: 'member', webId } : { page: 'not-found' };
    }
    case '/groups':
      return { page: 'groups' };
    case '/groups/new':
      return { page: 'new-group' };
    case '/group':
      return group ? { page: 'group', group } : { page: 'not-found' };
    case '/group/admin':
      return group ? { page: 'group-admin', group } : { page: 'not-found' };
    case '/me/edit':
      return { page: 'edit-profile' };
    default:
      return { page: 'not-found' };
  }
}

/** The in-app link to a page (the inverse of parseDirectoryRoute). */
export function directoryHref(route: DirectoryRoute): string {
  switch (route.page) {
    case 'home':
      return DIRECTORY_BASE;
    case 'members':
      return `${DIRECTORY_BASE}/members`;
    case 'member':
      return `${DIRECTORY_BASE}/member?${new URLSearchParams({ webId: route.webId })}`;
    case 'groups':
      return `${DIRECTORY_BASE}/groups`;
    case 'new-group':
      return `${DIRECTORY_BASE}/groups/new`;
    case 'group':
      return `${DIRECTORY_BASE}/group?${new URLSearchParams({ group: route.group })}`;
    case 'group-admin':
      return `${DIRECTORY_BASE}/group/admin?${new URLSearchParams({ group: route.group })}`;
    case 'edit-profile':
      return `${DIRECTORY_BASE}/me/edit`;
    case 'not-found':
      return DIRECTORY_BASE;
  }
}
