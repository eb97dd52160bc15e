import type { Offer, OfferInit } from '../records/types/offer.js';

const DAY_MS = 86_400_000;

/** How long a new offer stays listed unless its author says otherwise. */
export const DEFAULT_OFFER_DAYS = 90;
/** How long before expiry the author is reminded. */
export const EXPIRY_REMINDER_DAYS = 7;

/** A date-time stamp in whole seconds, UTC: the form every Mutua record uses. */
export function stamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The default expiry of an offer made at `now`. */
export function defaultExpiry(now: Date = new Date(), days = DEFAULT_OFFER_DAYS): string {
  return stamp(new Date(now.getTime() + days * DAY_MS));
}

/** True once the offer's (or entry's) expiry has passed. */
export function isExpired(item: { readonly expires: string }, now: Date = new Date()): boolean {
  return Date.parse(item.expires) <= now.getTime();
}

/** True when the expiry is near enough that the author should be reminded (and not yet passed). */
export function isExpiryReminderDue(item: { readonly expires: string }, now: Date = new Date(), days = EXPIRY_REMINDER_DAYS): boolean {
  const left = Date.parse(item.expires) - now.getTime();
  return left > 0 && left <= days * DAY_MS;
}

/** The offer with `changes` applied and its modification time set (pure); the author cannot be changed. */
export function editOffer(offer: Offer, changes: Partial<Omit<OfferInit, 'creator' | 'created'>>, now: Date = new Date()): Offer {
  return { ...offer, ...changes, modified: stamp(now) };
}

/** The offer listed again until `expires` (default: the default period from now). */
export function renewOffer(offer: Offer, now: Date = new Date(), expires: string = defaultExpiry(now)): Offer {
  if (Date.parse(expires) <= now.getTime()) throw new RangeError(`Cannot renew ${offer.url} until ${expires}: that is not in the future`);
  return editOffer(offer, { expires }, now);
}
