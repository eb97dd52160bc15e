import { ValidationError } from '../errors/validation-error.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveRdfResource } from '../pod/save-rdf-resource.js';
import { categorySchemeFromQuads, categorySchemeProblems, categorySchemeToQuads, type CategoryScheme } from './category-scheme.js';

const CONSTRAINT = 'urn:mutua:constraint:category-scheme';

/**
 * Saves a category scheme as its own document: created (If-None-Match) when it has no ETag,
 * replaced (If-Match) otherwise. Refused before sending when ids clash, parents are missing or
 * the tree has a cycle. Returns the scheme with its new ETag. Admins only (server-enforced).
 */
export async function setCategoryScheme(scheme: CategoryScheme, options: PodRequestOptions = {}): Promise<CategoryScheme> {
  const problems = categorySchemeProblems(scheme);
  if (problems.length > 0) {
    const issues = problems.map((en) => ({ focusNode: scheme.url, path: null, constraint: CONSTRAINT, message: { en, fr: en, es: en } }));
    throw new ValidationError('Saving category scheme', scheme.url, 'category scheme', issues);
  }
  const quads = categorySchemeToQuads(scheme);
  const stored = scheme.etag === undefined ? await createRdfResource(scheme.url, quads, options) : await saveRdfResource(scheme.url, quads, { ...options, etag: scheme.etag });
  return stored.etag ? { ...scheme, etag: stored.etag } : scheme;
}

/** Reads a group's category scheme (public), with the document's ETag. */
export async function getCategoryScheme(url: string, options: PodRequestOptions = {}): Promise<CategoryScheme> {
  const resource = await getRdfResource(url, options);
  const scheme = categorySchemeFromQuads(resource.quads, url);
  return resource.etag ? { ...scheme, etag: resource.etag } : scheme;
}
