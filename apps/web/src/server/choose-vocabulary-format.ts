/** The representations of the vocabulary served at `/ns/mutua`. */
export type VocabularyFormat = 'turtle' | 'jsonld' | 'html';

const MEDIA_TYPES: ReadonlyArray<readonly [string, VocabularyFormat]> = [
  ['text/turtle', 'turtle'],
  ['application/ld+json', 'jsonld'],
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
];

/**
 * Picks the vocabulary's representation from an Accept header: the media type with the
 * highest q-value wins, exact types before wildcards; browsers and `*\/*` get the HTML page.
 */
export function chooseVocabularyFormat(accept: string | undefined): VocabularyFormat {
  let best: { format: VocabularyFormat; q: number; exact: boolean } | undefined;
  for (const range of (accept ?? '').split(',')) {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const qParam = params.find((param) => param.startsWith('q='));
    const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const exact = MEDIA_TYPES.find(([mediaType]) => mediaType === type);
    const candidate = exact
      ? { format: exact[1], q, exact: true }
      : type === '*/*' || type === 'text/*'
        ? { format: 'html' as const, q, exact: false }
        : undefined;
    if (!candidate) continue;
    if (!best || candidate.q > best.q || (candidate.q === best.q && candidate.exact && !best.exact)) best = candidate;
  }
  return best?.format ?? 'html';
}
