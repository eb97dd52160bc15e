import { AccessDeniedError, getCurrency, getGroup, type Currency, type Group, type LoadFailure } from '@mutua/core';
import { getCategoryScheme, getMemberDetails, getMembers, type CategoryScheme } from '../core-api.internal.js';
import type { DirectoryGroup } from './directory-group.js';
import { mapLimited } from './map-limited.js';

/** One row of a group's private member list. */
export interface GroupMemberRow {
  readonly webId: string;
  readonly name: string;
  readonly role: 'admin' | 'member';
  readonly minimumBalance?: number;
  readonly maximumBalance?: number;
}

/** Everything a group page shows; `members` only when the viewer is a member (the server refuses others). */
export interface GroupPage {
  readonly group: Group;
  readonly currency?: Currency;
  readonly categories?: CategoryScheme;
  readonly members?: readonly GroupMemberRow[];
  /** Parts that could not be read (the page shows the rest). */
  readonly errors: readonly LoadFailure[];
  /** The viewer was a member when the network was read, but the server now refuses them the member list. */
  readonly accessLost: boolean;
}

/** Reads a group's public card, currency and categories, and for members the member list with names. */
export async function loadGroupPage(groupUrl: string, known: DirectoryGroup | undefined, options: { fetch: typeof globalThis.fetch; signal?: AbortSignal }): Promise<GroupPage> {
  const group = known?.group ?? (await getGroup(groupUrl, options));
  const errors: LoadFailure[] = [];
  const attempt = async <T>(url: string | undefined, read: (url: string) => Promise<T>): Promise<T | undefined> => {
    if (!url) return undefined;
    try {
      return await read(url);
    } catch (error) {
      errors.push({ url, error: error as Error });
      return undefined;
    }
  };
  const [currency, categories, members] = await Promise.all([
    attempt(group.currency, (url) => getCurrency(url, options)),
    attempt(group.categoryScheme, (url) => getCategoryScheme(url, options)),
    known?.membership ? attempt(group.url, (url) => memberRows(url, options)) : Promise.resolve(undefined),
  ]);
  const accessLost = errors.some((failure) => failure.url === group.url && failure.error instanceof AccessDeniedError);
  return { group, accessLost, errors: accessLost ? errors.filter((failure) => failure.url !== group.url) : errors, ...(currency ? { currency } : {}), ...(categories ? { categories } : {}), ...(members ? { members } : {}) };
}

async function memberRows(groupUrl: string, options: { fetch: typeof globalThis.fetch; signal?: AbortSignal }): Promise<GroupMemberRow[]> {
  const { members } = await getMembers(groupUrl, options);
  const names = await mapLimited(members, 6, (m) => getMemberDetails(m.member, options));
  return members
    .map((m, index): GroupMemberRow => {
      const found = names[index]!;
      const name = found.status === 'fulfilled' && found.value.name ? found.value.name : m.member;
      return {
        webId: m.member,
        name,
        role: m.role,
        ...(m.minimumBalance !== undefined ? { minimumBalance: m.minimumBalance } : {}),
        ...(m.maximumBalance !== undefined ? { maximumBalance: m.maximumBalance } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
