const ATOM = 'http://www.w3.org/2005/Atom';

/** One entry of a group's public Atom feed, as the widgets show it. */
export interface FeedEntry {
  readonly id: string;
  readonly title: string;
  readonly published: string;
  /** The entry's HTML content, to be made inert before display (`inertHtml`). */
  readonly html: string;
}

/**
 * The entries of a group's Atom feed (`news/public/feed.atom`, written by `publishGroupOutputs`
 * or the steward), newest first as the feed lists them. One anonymous GET; the feed is parsed
 * with the browser's XML parser instead of reading and validating each post's RDF.
 */
export async function readAtomFeed(url: string): Promise<FeedEntry[]> {
  const response = await globalThis.fetch(url, { headers: { accept: 'application/atom+xml' } });
  if (!response.ok) throw new Error(`Reading ${url} failed: HTTP ${response.status}`);
  const feed = new DOMParser().parseFromString(await response.text(), 'application/xml');
  if (feed.getElementsByTagName('parsererror').length > 0) throw new Error(`${url} is not well-formed XML`);
  const child = (entry: Element, name: string) => entry.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? '';
  return [...feed.getElementsByTagNameNS(ATOM, 'entry')].map((entry) => ({
    id: child(entry, 'id'),
    title: child(entry, 'title'),
    published: child(entry, 'published') || child(entry, 'updated'),
    html: child(entry, 'content'),
  }));
}
