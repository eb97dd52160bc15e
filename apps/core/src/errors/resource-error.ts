/**
 * Base of every failure that concerns one resource URL. The message always reads
 * `<attempted> <url> failed: <reason>` so logs can be grepped by action, URL or class name.
 */
export abstract class ResourceError extends Error {
  /** What Mutua was doing, as a phrase: "Reading", "Saving offer", "Loading". */
  readonly attempted: string;
  readonly url: string;

  constructor(attempted: string, url: string, reason: string, options?: { cause?: unknown }) {
    super(`${attempted} <${url}> failed: ${reason}`, options);
    this.attempted = attempted;
    this.url = url;
  }
}
