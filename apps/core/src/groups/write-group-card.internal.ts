import { ValidationError } from '../errors/validation-error.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveRdfResource } from '../pod/save-rdf-resource.js';
import { recordToQuads } from '../records/record-quads.js';
import { groupType, type Group } from '../records/types/group.js';
import { validateRecord } from '../validation/create-validator.js';

/**
 * Writes a new group into its pod's card with one PUT (If-Match), keeping the account's own
 * triples. A PUT rather than the N3 Patch `saveGroup` sends: CSS 7.2's memory backend serves
 * patched documents holding non-ASCII text with a short Content-Length ("SEL du Val de Saône").
 */
export async function writeGroupCard(group: Group, options: PodRequestOptions): Promise<Group> {
  const quads = recordToQuads(groupType, group);
  const result = validateRecord(quads, 'group');
  if (!result.conforms) throw new ValidationError('Creating group', group.url, 'group', result.results);
  const card = await getRdfResource(group.url, options);
  const mine = new Set(quads.map((q) => q.subject.value));
  const kept = card.quads.filter((q) => !mine.has(q.subject.value));
  if (!card.etag) throw new TypeError(`The card ${card.url} came without an ETag; it cannot be changed safely`);
  const stored = await saveRdfResource(card.url, [...kept, ...quads], { ...options, etag: card.etag });
  return stored.etag ? { ...group, etag: stored.etag } : group;
}
