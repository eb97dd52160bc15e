import type { Quad } from '@rdfjs/types';
import { decodeMultikey } from './multikey.js';
import {
  RDF_TYPE,
  SEC_ASSERTION_METHOD,
  SEC_CONTROLLER,
  SEC_EXPIRATION,
  SEC_MULTIKEY,
  SEC_PUBLIC_KEY_MULTIBASE,
  SEC_REVOKED,
} from './security-terms.internal.js';
import type { ResolvedKey } from './verify-record.js';

/** Options for `findAssertionKey`. */
export interface FindAssertionKeyOptions {
  /** Keys revoked or expired at or before this time are refused; defaults to now. */
  readonly at?: Date;
}

/** The key a profile publishes for a verification method, if its controller lists it as an assertion method. */
export function findAssertionKey(profile: readonly Quad[], verificationMethod: string, options: FindAssertionKeyOptions = {}): ResolvedKey | undefined {
  const about = (predicate: string) => profile.filter((q) => q.subject.value === verificationMethod && q.predicate.value === predicate);
  if (!about(RDF_TYPE).some((q) => q.object.value === SEC_MULTIKEY)) return undefined;
  const controllers = about(SEC_CONTROLLER).map((q) => q.object.value);
  const keys = about(SEC_PUBLIC_KEY_MULTIBASE).map((q) => q.object.value);
  const controller = controllers[0];
  const publicKey = keys[0];
  if (controllers.length !== 1 || keys.length !== 1 || controller === undefined || publicKey === undefined) return undefined;
  // The controller, not the key, decides which keys may sign for it.
  const listed = profile.some((q) => q.subject.value === controller && q.predicate.value === SEC_ASSERTION_METHOD && q.object.value === verificationMethod);
  if (!listed || endedBy(about(SEC_REVOKED), options.at) || endedBy(about(SEC_EXPIRATION), options.at)) return undefined;
  try {
    decodeMultikey(publicKey);
  } catch {
    return undefined;
  }
  return { publicKey, controller };
}

function endedBy(ends: readonly Quad[], at = new Date()): boolean {
  return ends.some((q) => !(Date.parse(q.object.value) > at.getTime()));
}
