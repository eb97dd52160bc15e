import { getCurrency, getGroup, getProfile, type Group, type Place } from '@mutua/core';
import { getCategoryScheme } from './core-marketplace.js';

/** A group as the marketplace shows it: name, currency for prices, category labels. */
export interface GroupInfo {
  readonly url: string;
  readonly name: string;
  /** True for a partner group (only its public offers are shown). */
  readonly partner: boolean;
  readonly currency?: { readonly url: string; readonly symbol: string; readonly decimals: number };
  readonly categories: readonly { readonly url: string; readonly label: string }[];
}

/** Who is browsing: their profile facts and the groups whose marketplaces they see. */
export interface MemberContext {
  readonly webId: string;
  readonly name: string;
  readonly storage?: string;
  readonly inbox?: string;
  /** The profile's place: its coordinates are where "within N km" measures from by default. */
  readonly place?: Place;
  readonly groups: readonly GroupInfo[];
  readonly partners: readonly GroupInfo[];
  /** Group cards that could not be read: named in a warning, the rest still loads. */
  readonly failures: readonly { readonly url: string; readonly error: Error }[];
}

/** The label in the first of `languages` the labels have, else any. */
export function pickLabel(labels: Readonly<Record<string, string>>, languages: readonly string[]): string {
  for (const language of languages) {
    const hit = labels[language] ?? labels[language.split('-')[0] ?? ''];
    if (hit) return hit;
  }
  return labels.en ?? Object.values(labels)[0] ?? '';
}

async function groupInfo(group: Group, partner: boolean, languages: readonly string[], fetch: typeof globalThis.fetch): Promise<GroupInfo> {
  const [currency, scheme] = await Promise.all([
    getCurrency(group.currency, { fetch }).catch(() => undefined),
    group.categoryScheme ? getCategoryScheme(group.categoryScheme, { fetch }).catch(() => undefined) : undefined,
  ]);
  const base = group.categoryScheme?.replace(/#.*$/, '') ?? '';
  return {
    url: group.url,
    name: group.name,
    partner,
    ...(currency ? { currency: { url: currency.url, symbol: currency.symbol, decimals: currency.decimals } } : {}),
    categories: (scheme?.categories ?? []).map((c) => ({ url: `${base}#${c.id}`, label: pickLabel(c.labels, languages) })),
  };
}

/**
 * Reads the member's profile, the groups it lists (schema:memberOf) and their partner groups.
 * A group that cannot be read is reported in `failures`; the others are still returned.
 */
export async function loadMemberContext(webId: string, fetch: typeof globalThis.fetch, languages: readonly string[]): Promise<MemberContext> {
  const profile = await getProfile(webId, { fetch });
  const failures: { url: string; error: Error }[] = [];
  const readCard = (url: string): Promise<Group | undefined> =>
    getGroup(url, { fetch }).catch((error: unknown) => void failures.push({ url, error: error as Error }));
  const cards = (await Promise.all(profile.memberOf.map(readCard))).filter((g): g is Group => g !== undefined);
  const mine = new Set(profile.memberOf);
  const partnerUrls = [...new Set(cards.flatMap((g) => g.partnerGroups))].filter((url) => !mine.has(url));
  const partnerCards = (await Promise.all(partnerUrls.map(readCard))).filter((g): g is Group => g !== undefined);
  const [groups, partners] = await Promise.all([
    Promise.all(cards.map((g) => groupInfo(g, false, languages, fetch))),
    Promise.all(partnerCards.map((g) => groupInfo(g, true, languages, fetch))),
  ]);
  return {
    webId,
    name: profile.name,
    ...(profile.storage[0] ? { storage: profile.storage[0] } : {}),
    ...(profile.inbox ? { inbox: profile.inbox } : {}),
    ...(profile.location ? { place: profile.location } : {}),
    groups,
    partners,
    failures,
  };
}
