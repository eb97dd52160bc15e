import { NotFoundError } from '../errors/not-found-error.js';
import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import type { LoadFailure } from '../loader/load-options.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getOffer, type Offer } from '../records/types/offer.js';
import { offersContainerOf } from './member-offers.js';

/** A member's own offers and wants, newest first, and the documents that could not be read. */
export interface MemberOffers {
  readonly offers: readonly Offer[];
  readonly failures: readonly LoadFailure[];
}

/**
 * Reads every offer and want in a member's offers container (the pictures folder and other
 * non-offer documents are skipped). An invalid document is reported in `failures`, not fatal.
 */
export async function getMemberOffers(storage: string, options: PodRequestOptions = {}): Promise<MemberOffers> {
  let urls: string[];
  try {
    urls = await getContainedResourceUrls(offersContainerOf(storage), options);
  } catch (error) {
    if (error instanceof NotFoundError) return { offers: [], failures: [] };
    throw error;
  }
  const failures: LoadFailure[] = [];
  const offers: Offer[] = [];
  await Promise.all(
    urls
      .filter((url) => !url.endsWith('/'))
      .map((url) =>
        getOffer(`${url}#it`, options).then(
          (offer) => void offers.push(offer),
          (error: unknown) => void failures.push({ url, error: error as Error }),
        ),
      ),
  );
  const time = (o: Offer) => Date.parse(o.modified ?? o.created) || 0;
  return { offers: offers.sort((a, b) => time(b) - time(a)), failures };
}
