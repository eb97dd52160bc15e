import { DataFactory, type Quad } from 'n3';
import { ConflictError } from '../errors/conflict-error.js';
import { MissingLinkError } from '../errors/missing-link-error.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import { grantPublicRead } from '../pod/grant-public-read.js';
import { updateRdfResource } from '../pod/update-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getTypeIndexLinks, type TypeIndexLinks } from './type-index-links.js';
import { TI } from './type-index-terms.internal.js';
import { discoverStorage } from './find-storage.internal.js';

const { namedNode, quad } = DataFactory;

/** Where a member's type indexes are, once they surely exist. */
export interface TypeIndexes {
  readonly publicIndex: string;
  readonly privateIndex: string;
  readonly preferencesFile: string;
}

const ATTEMPTS = 3;

/**
 * Finds the member's public and private type indexes, creating whatever is missing (a new CSS
 * pod has none): `settings/publicTypeIndex.ttl` (readable by anyone, linked from the profile),
 * `settings/prefs.ttl` (owner only, linked from the profile) and `settings/privateTypeIndex.ttl`
 * (owner only, linked from the preferences file, as the Type Index spec and SolidOS do).
 * Safe to run concurrently: a lost race is retried from a fresh read.
 */
export async function ensureTypeIndexes(webId: string, options: PodRequestOptions = {}): Promise<TypeIndexes> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ensureOnce(webId, options);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function ensureOnce(webId: string, options: PodRequestOptions): Promise<TypeIndexes> {
  const links = await getTypeIndexLinks(webId, options);
  if (links.publicIndex && links.privateIndex && links.preferencesFile) {
    return { publicIndex: links.publicIndex, privateIndex: links.privateIndex, preferencesFile: links.preferencesFile };
  }
  const storage = links.storage ?? (await discoverStorage(links.profile.url, options));
  if (!storage) {
    throw new MissingLinkError('Creating type indexes for', webId, TI.storage, 'No storage is linked from the profile or found above it, so there is no place for the type indexes; add pim:storage to the profile');
  }
  const settings = `${storage}settings/`;
  const me = namedNode(webId);
  const typed = (url: string, ...types: string[]): Quad[] => types.map((type) => quad(namedNode(url), namedNode(TI.type), namedNode(type)));

  const publicIndex = links.publicIndex ?? (await createUnlessPresent(`${settings}publicTypeIndex.ttl`, (url) => typed(url, TI.TypeIndex, TI.ListedDocument), options));
  if (!links.publicIndex) await grantPublicRead(publicIndex, { ...options, ownerWebId: webId });
  const preferencesFile = links.preferencesFile ?? (await createUnlessPresent(`${settings}prefs.ttl`, (url) => typed(url, TI.ConfigurationFile), options));
  const privateIndex = links.privateIndex ?? (await createUnlessPresent(`${settings}privateTypeIndex.ttl`, (url) => typed(url, TI.TypeIndex, TI.UnlistedDocument), options));

  if (!links.privateIndex) await addTriples(preferencesFile, [quad(me, namedNode(TI.privateTypeIndex), namedNode(privateIndex))], options);
  await linkFromProfile(links, [
    ...(links.publicIndex ? [] : [quad(me, namedNode(TI.publicTypeIndex), namedNode(publicIndex))]),
    ...(links.preferencesFile ? [] : [quad(me, namedNode(TI.preferencesFile), namedNode(preferencesFile))]),
  ], options);
  return { publicIndex, privateIndex, preferencesFile };
}

/** Creates a document unless something already sits at its URL (an unlinked leftover is reused). */
async function createUnlessPresent(url: string, content: (url: string) => Quad[], options: PodRequestOptions): Promise<string> {
  try {
    await createRdfResource(url, content(url), options);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
  return url;
}

async function addTriples(url: string, inserts: Quad[], options: PodRequestOptions): Promise<void> {
  const current = await getRdfResource(url, options);
  const missing = inserts.filter((q) => !current.quads.some((c) => c.equals(q)));
  if (missing.length === 0) return;
  await updateRdfResource(current, { deletes: [], inserts: missing }, options);
}

async function linkFromProfile(links: TypeIndexLinks, inserts: Quad[], options: PodRequestOptions): Promise<void> {
  if (inserts.length === 0) return;
  await updateRdfResource(links.profile, { deletes: [], inserts }, options);
}
