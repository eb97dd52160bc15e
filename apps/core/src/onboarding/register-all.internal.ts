import { DataFactory, type Quad } from 'n3';
import { ConflictError } from '../errors/conflict-error.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { updateRdfResource } from '../pod/update-rdf-resource.js';
import { ensureTypeIndexes } from '../type-index/ensure-type-indexes.js';
import { TI } from '../type-index/type-index-terms.internal.js';
import { typeRegistrationsIn } from '../type-index/type-registration.js';
import type { MemberRegistration } from './member-registrations.js';

const { namedNode, quad } = DataFactory;
const ATTEMPTS = 3;

/**
 * Makes every wanted registration exist with one read and at most one write per index, where
 * `registerClass` would re-read the profile and the index once per class (about 15 requests
 * instead of 6 for onboarding's three). Registrations already there are left as they are.
 */
export async function registerAll(webId: string, wanted: readonly MemberRegistration[], options: PodRequestOptions): Promise<void> {
  const indexes = await ensureTypeIndexes(webId, options);
  const byIndex = (['public', 'private'] as const).map((visibility) => ({
    index: visibility === 'public' ? indexes.publicIndex : indexes.privateIndex,
    wanted: wanted.filter((r) => r.visibility === visibility),
  }));
  await Promise.all(byIndex.filter((b) => b.wanted.length > 0).map((b) => addMissing(b.index, b.wanted, options)));
}

async function addMissing(index: string, wanted: readonly MemberRegistration[], options: PodRequestOptions): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await getRdfResource(index, options);
    const present = typeRegistrationsIn(current.url, current.quads);
    const missing = wanted.filter((w) => !present.some((r) => r.forClass.includes(w.forClass) && r.instanceContainers.includes(w.container)));
    if (missing.length === 0) return;
    const inserts = missing.flatMap((w) => registrationQuads(`${current.url}#${localName(w.forClass)}-${globalThis.crypto.randomUUID().slice(0, 8)}`, w));
    try {
      await updateRdfResource(current, { deletes: [], inserts }, options);
      return;
    } catch (error) {
      // Someone else changed the index meanwhile: read it again, maybe they registered the same.
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

function registrationQuads(iri: string, wanted: MemberRegistration): Quad[] {
  const registration = namedNode(iri);
  return [
    quad(registration, namedNode(TI.type), namedNode(TI.TypeRegistration)),
    quad(registration, namedNode(TI.forClass), namedNode(wanted.forClass)),
    quad(registration, namedNode(TI.instanceContainer), namedNode(wanted.container)),
  ] as Quad[];
}

function localName(iri: string): string {
  return iri.replace(/^.*[#/]/, '').replace(/[^A-Za-z0-9_-]/g, '') || 'class';
}
