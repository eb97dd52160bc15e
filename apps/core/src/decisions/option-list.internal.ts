import type { ParsedChoice } from './vote.js';

/** Checks a ballot that lists options: an array of known option names, none twice. */
export function parseOptionList(raw: unknown, options: readonly string[]): ParsedChoice<string[]> {
  if (!Array.isArray(raw)) return { ok: false, detail: 'the choice must be a list of options' };
  const known = new Set(options);
  const seen = new Set<string>();
  for (const item of raw as unknown[]) {
    if (typeof item !== 'string' || !known.has(item)) {
      return {
        ok: false,
        detail: `unknown option ${JSON.stringify(item) ?? String(item)}`,
      };
    }
    if (seen.has(item)) return { ok: false, detail: `option "${item}" is listed twice` };
    seen.add(item);
  }
  return { ok: true, choice: [...(raw as string[])] };
}
