import { getContainedResourceUrls, loadResources, type LoadFailure } from '@mutua/core';
import { getInboxOf } from '../core-api.internal.js';
import { newestFirst, notificationFromQuads, type InboxNotification } from './inbox-notification.js';

/** The member's notifications, newest first, and the inbox documents that could not be read. */
export interface LoadedNotifications {
  /** Null when the profile advertises no inbox (onboarding creates one). */
  readonly inbox: string | null;
  readonly notifications: readonly InboxNotification[];
  readonly errors: readonly LoadFailure[];
}

/** At most this many inbox documents are read per visit: an inbox only grows. */
export const NOTIFICATIONS_READ = 50;

/**
 * Reads the member's own inbox (ldp:inbox of their WebID): lists it and reads the newest
 * documents, six at a time (the loader's default). Document names are random and a listing has
 * no order, so "newest" is decided after reading; past NOTIFICATIONS_READ documents the rest are
 * left unread (a known gap: no paging or clean-up of old notifications yet).
 */
export async function loadNotifications(webId: string, options: { fetch: typeof globalThis.fetch; signal?: AbortSignal }): Promise<LoadedNotifications> {
  const inbox = await getInboxOf(webId, options);
  if (!inbox) return { inbox, notifications: [], errors: [] };
  const urls = (await getContainedResourceUrls(inbox, options)).filter((url) => !url.endsWith('/')).slice(0, NOTIFICATIONS_READ);
  const { results, errors } = await loadResources(urls, options);
  const notifications = results.flatMap((resource) => notificationFromQuads(resource.quads, resource.url) ?? []);
  return { inbox, notifications: notifications.sort(newestFirst), errors };
}
