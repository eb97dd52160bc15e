import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { sendWrite } from '../pod/send-write.internal.js';

/** Writes a non-RDF file (overwriting it), with the content type the server will serve it with. */
export async function putFile(attempted: string, url: string, body: string | Blob, contentType: string, options: PodRequestOptions, createOnly = false): Promise<void> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (createOnly) headers['if-none-match'] = '*';
  await sendWrite(attempted, url, { method: 'PUT', headers, body }, options);
}
