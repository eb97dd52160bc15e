import { ConflictError } from '../errors/conflict-error.js';
import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { loadEach } from '../loader/load-each.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getGroupDocument, saveGroupDocument, type GroupDocument } from '../records/types/group-document.js';
import { ensureAdminDocumentsAcl } from './admin-documents-acl.js';
import { documentFileExtension } from './document-files.js';
import { listIfVisible } from './load-container-records.internal.js';
import { documentsContainer, publishingLayout, type Visibility } from './publishing-layout.js';
import { putFile } from './put-file.internal.js';

/** The content of one version: Markdown written in the app, an uploaded file, or a link to a resource elsewhere. */
export type DocumentContent = { readonly text: string } | { readonly file: Blob } | { readonly contentUrl: string };

/** What an author fills in for a new document. */
export interface DocumentDraft {
  readonly title: string;
  readonly creator: string;
  readonly visibility: Visibility;
  readonly content: DocumentContent;
}

const VERSION = /\/v([1-9][0-9]*)$/;

/** The container holding every version of the document a version belongs to. */
export function documentContainerOf(versionUrl: string): string {
  const url = new URL(versionUrl);
  url.hash = '';
  return new URL('./', url).href;
}

async function versionRecord(container: string, version: number, content: DocumentContent, options: PodRequestOptions): Promise<{ text?: string; contentUrl?: string }> {
  if ('text' in content) return { text: content.text };
  if ('contentUrl' in content) return { contentUrl: content.contentUrl };
  const url = `${container}v${version}.${documentFileExtension(content.file)}`;
  await putFile('Uploading a document file to', url, content.file, content.file.type, options, true);
  return { contentUrl: url };
}

/**
 * Creates a document in a group's library as version 1, in the container its visibility calls
 * for (admins-only documents get their ACL made first). Each document is a container of
 * immutable versions `v1`, `v2`…, so a save never overwrites what was there.
 */
export async function addDocumentToGroup(root: string, draft: DocumentDraft, options: PodRequestOptions = {}): Promise<GroupDocument> {
  if (draft.visibility === 'adminsOnly') await ensureAdminDocumentsAcl(root, options);
  const container = `${documentsContainer(publishingLayout(root), draft.visibility)}${globalThis.crypto.randomUUID()}/`;
  const now = new Date().toISOString();
  const content = await versionRecord(container, 1, draft.content, options);
  const record: GroupDocument = { url: `${container}v1#it`, title: draft.title, creator: draft.creator, visibility: draft.visibility, version: 1, created: now, modified: now, ...content };
  return saveGroupDocument(record, options);
}

/**
 * Saves a new version after `latest`: `v<n+1>`, linked to the one it replaces, created with
 * If-None-Match so that of two people saving after the same version one gets a ConflictError
 * (and rereads) instead of silently replacing the other's work.
 */
export async function addDocumentVersion(latest: GroupDocument, change: { readonly author: string; readonly content: DocumentContent; readonly title?: string }, options: PodRequestOptions = {}): Promise<GroupDocument> {
  const container = documentContainerOf(latest.url);
  const version = latest.version + 1;
  const content = await versionRecord(container, version, change.content, options);
  const record: GroupDocument = {
    url: `${container}v${version}#it`,
    title: change.title ?? latest.title,
    creator: change.author,
    visibility: latest.visibility,
    version,
    replaces: latest.url,
    created: latest.created,
    modified: new Date().toISOString(),
    ...content,
  };
  try {
    return await saveGroupDocument(record, options);
  } catch (error) {
    if (error instanceof ConflictError) throw new ConflictError('Saving a document version', record.url, `version ${version} was saved by someone else first; read the document again`);
    throw error;
  }
}

/** Every version of a document, newest first, from its container. */
export async function getDocumentHistory(documentContainer: string, options: LoadOptions = {}): Promise<GroupDocument[]> {
  const urls = (await listIfVisible(documentContainer, options)).filter((url) => VERSION.test(url));
  const { results } = await loadEach(urls, (url, o) => getGroupDocument(url, o), options);
  return [...results].sort((a, b) => b.version - a.version);
}

/**
 * The latest version of every document in a group's library this reader may see, members'
 * shared documents included. A shared link counts while its latest version points at the
 * resource (a member who un-shares appends a version without a link: they cannot delete
 * their link, decision 0080) and the resource is readable by this reader (one HEAD each).
 */
export async function getGroupDocumentsAll(root: string, options: LoadOptions = {}): Promise<{ readonly items: readonly GroupDocument[]; readonly errors: readonly LoadFailure[] }> {
  const layout = publishingLayout(root);
  const containers = [layout.publicDocuments, layout.memberDocuments, layout.adminDocuments, layout.sharedDocuments];
  const documents = (await Promise.all(containers.map((c) => listIfVisible(c, options)))).flat().filter((url) => url.endsWith('/'));
  const { results, errors } = await loadEach(
    documents,
    async (container, o) => {
      const versions = (await listIfVisible(container, o)).map((url) => Number(VERSION.exec(url)?.[1] ?? 0));
      const latest = Math.max(0, ...versions);
      if (latest === 0) throw new ConflictError('Reading a document', container, 'it holds no version yet');
      return getGroupDocument(`${container}v${latest}`, o);
    },
    options,
  );
  const readable = await Promise.all(results.map((d) => (d.url.startsWith(layout.sharedDocuments) ? d.contentUrl !== undefined && isReadable(d.contentUrl, options) : true)));
  return { items: results.filter((_, i) => readable[i]).sort((a, b) => a.title.localeCompare(b.title)), errors };
}

/** Whether this reader may read `url` now (a HEAD request). */
async function isReadable(url: string, options: PodRequestOptions): Promise<boolean> {
  const response = await (options.fetch ?? globalThis.fetch)(url, { method: 'HEAD' });
  return response.ok;
}
