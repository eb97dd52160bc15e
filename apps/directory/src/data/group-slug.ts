import { foldText } from './member-filters.js';

/** A URL path segment for a new group's container from its name: "SEL du Val de Saône" → "sel-du-val-de-saone". */
export function groupSlug(name: string): string {
  const slug = foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  return slug || 'group';
}
