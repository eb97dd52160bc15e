import type { Quad } from 'n3';

/** An RDF document as read from (or written to) a pod. */
export interface RdfResource {
  /** The document URL, without fragment. */
  readonly url: string;
  readonly quads: readonly Quad[];
  /** The server's validator for conditional writes; null when the server sent none. */
  readonly etag: string | null;
}
