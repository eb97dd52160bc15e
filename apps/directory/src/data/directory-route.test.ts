import { describe, expect, it } from 'vitest';
import { directoryHref, parseDirectoryRoute, type DirectoryRoute } from './directory-route.js';

const at = (path: string): URL => new URL(path, 'http://localhost:3001');

describe('parseDirectoryRoute', () => {
  it('reads every page back from the link directoryHref makes for it', () => {
    const routes: DirectoryRoute[] = [
      { page: 'home' },
      { page: 'members' },
      { page: 'member', webId: 'http://localhost:3000/alice/profile/card#me' },
      { page: 'groups' },
      { page: 'new-group' },
      { page: 'group', group: 'http://localhost:3000/sel-val-de-saone/profile/card#group' },
      { page: 'group-admin', group: 'http://localhost:3000/sel-val-de-saone/profile/card#group' },
      { page: 'edit-profile' },
    ];
    for (const route of routes) expect(parseDirectoryRoute(at(directoryHref(route)))).toEqual(route);
  });

  it('links member pages with the documented webId parameter and still reads the older webid', () => {
    const webId = 'http://localhost:3000/alice/profile/card#me';
    expect(directoryHref({ page: 'member', webId })).toBe(`/directory/member?${new URLSearchParams({ webId })}`);
    expect(parseDirectoryRoute(at(`/directory/member?${new URLSearchParams({ webid: webId })}`))).toEqual({ page: 'member', webId });
  });

  it('treats a trailing slash like none', () => {
    expect(parseDirectoryRoute(at('/directory/members/'))).toEqual({ page: 'members' });
  });

  it('says not found for unknown paths and for group or member pages without their parameter', () => {
    expect(parseDirectoryRoute(at('/directory/nope'))).toEqual({ page: 'not-found' });
    expect(parseDirectoryRoute(at('/directory/group'))).toEqual({ page: 'not-found' });
    expect(parseDirectoryRoute(at('/directory/member'))).toEqual({ page: 'not-found' });
  });
});
