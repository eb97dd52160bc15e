import { AccessDeniedError, NotFoundError, ParseError, TimeoutError, TooLargeError, UnreachableError } from '@mutua/core';

/** Why one document could not be used. */
export type CrawlFailureKind = 'not-allowed' | 'not-found' | 'unparsable' | 'too-large' | 'timeout' | 'unreachable' | 'other';

/** One document the crawl could not read, with a reason a person can act on. */
export interface CrawlFailure {
  readonly url: string;
  readonly kind: CrawlFailureKind;
  readonly message: string;
}

/** Classifies a loader error; refusals are expected for members-only data read anonymously. */
export function describeFailure(url: string, error: Error): CrawlFailure {
  const kind: CrawlFailureKind =
    error instanceof AccessDeniedError
      ? 'not-allowed'
      : error instanceof NotFoundError
        ? 'not-found'
        : error instanceof ParseError
          ? 'unparsable'
          : error instanceof TooLargeError
            ? 'too-large'
            : error instanceof TimeoutError
              ? 'timeout'
              : error instanceof UnreachableError
                ? 'unreachable'
                : 'other';
  return { url, kind, message: error.message };
}

/** Counts failures per kind, for the one-line summary after a query. */
export function countFailures(failures: readonly CrawlFailure[]): Partial<Record<CrawlFailureKind, number>> {
  const counts: Partial<Record<CrawlFailureKind, number>> = {};
  for (const failure of failures) counts[failure.kind] = (counts[failure.kind] ?? 0) + 1;
  return counts;
}
