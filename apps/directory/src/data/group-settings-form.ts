import { formatMinorUnits, parseMinorUnits } from './minor-units.js';
import { groupSlug } from './group-slug.js';
import { foldText } from './member-filters.js';

/**
 * Reads a share typed as a percentage ("30", "30 %", "12.5") as the xsd:decimal the group card
 * stores ("0.3", "0.125"), without floats; undefined outside 0-100 % or with more than 2 decimals.
 */
export function parseShare(text: string): string | undefined {
  const hundredths = parseMinorUnits(text.replace(/%\s*$/, ''), 2);
  if (hundredths === undefined || hundredths < 0 || hundredths > 10_000) return undefined;
  return trimZeros(formatMinorUnits(hundredths, 4));
}

/** The stored decimal share ("0.3") as the percentage a person types ("30"). */
export function formatShare(decimal: string): string {
  const tenThousandths = parseMinorUnits(decimal, 4);
  return tenThousandths === undefined ? decimal : trimZeros(formatMinorUnits(tenThousandths, 2));
}

/** Language codes typed with commas ("fr, ES ,ca"): lower-cased, deduplicated, and the entries that are not BCP 47-like codes. */
export function parseLanguages(text: string): { readonly languages: readonly string[]; readonly invalid: readonly string[] } {
  const entries = text.split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '');
  const valid = entries.filter((entry) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(entry));
  return { languages: [...new Set(valid)], invalid: entries.filter((entry) => !valid.includes(entry)) };
}

/** A fragment id for a new category from its label, unique among `taken` ("Garden tools" → "garden-tools", then "garden-tools-2"). */
export function categoryIdFor(label: string, taken: readonly string[]): string {
  const base = /[a-z0-9]/.test(foldText(label)) ? groupSlug(label) : 'category';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

function trimZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}
