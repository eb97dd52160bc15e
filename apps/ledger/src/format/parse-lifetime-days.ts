import { checkRequestLifetimeDays } from '../data/core-api.internal.js';

/** A request lifetime as typed in the settings form: whole days within the allowed range, or why not. */
export type ParsedLifetime = { readonly ok: true; readonly days: number } | { readonly ok: false };

/** Reads the number of days an admin typed; digits only, so "1e2" or "7.5" are refused rather than guessed. */
export function parseLifetimeDays(text: string): ParsedLifetime {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return { ok: false };
  const days = Number(trimmed);
  return checkRequestLifetimeDays(days) === null ? { ok: true, days } : { ok: false };
}
