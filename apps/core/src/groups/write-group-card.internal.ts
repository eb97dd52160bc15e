import { ValidationError } from '../errors/validation-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveRdfResource } from '../pod/save-rdf-resource.js';
import { recordToQuads } from '../records/record-quads.js';
import { groupType, type Group } from '../records/types/group.js';
import { validateRecord } from '../validation/create-validator.js';

/**
 * Writes a new group into its card with one PUT: If-Match on a pod's existing card, keeping the
 * account's own triples; If-None-Match when the group lives in a container and has no card yet.
 * A PUT rather than the N3 Patch `saveGroup` sends: CSS 7.2's memory backend serves patched
 * documents holding non-ASCII text with a short Content-Length ("SEL du Val de Saône").
 */
export async function writeGroupCard(group: Group, options: PodRequestOptions): Promise<Group> {
  const quads = recordToQuads(groupType, group);
  const result = validateRecord(quads, 'group');
  if (!result.conforms) throw new ValidationError('Creating group', group.url, 'group', result.results);
  let card;
  try {
    card = await getRdfResource(group.url, options);
  } catch (error) {
    // A group in a container of someone's pod has no card yet: create it, refusing to overwrite.
    if (!(error instanceof NotFoundError)) throw error;
    const created = await createRdfResource(group.url, quads, options);
    return created.etag ? { ...group, etag: created.etag } : group;
  }
  const mine = new Set(quads.map((q) => q.subject.value));
  const kept = card.quads.filter((q) => !mine.has(q.subject.value));
  if (!card.etag) throw new TypeError(`The card ${card.url} came without an ETag; it cannot be changed safely`);
  const stored = await saveRdfResource(card.url, [...kept, ...quads], { ...options, etag: card.etag });
  return stored.etag ? { ...group, etag: stored.etag } : group;
}
