// Markup a feed entry may keep; everything else is dropped and only its text stays.
const ALLOWED = new Set(['P', 'BR', 'STRONG', 'EM', 'B', 'I', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'IMG', 'HR']);
// Elements whose text is not content (it would show as raw code).
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH']);

/** Whether a link or picture address is plain web (http or https, absolute); anything else is dropped. */
function webUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A copy of `from`'s children with only allowed elements and attributes, built with createElement: nothing from the source runs. */
function copyInert(from: Node, to: Node, document: Document): void {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(node.textContent ?? ''));
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (DROPPED.has(tag)) continue;
    if (!ALLOWED.has(tag)) {
      copyInert(element, to, document);
      continue;
    }
    const copy = document.createElement(tag.toLowerCase());
    if (tag === 'A') {
      const href = webUrl(element.getAttribute('href'));
      if (href) copy.setAttribute('href', href);
      copy.setAttribute('rel', 'noopener nofollow');
    }
    if (tag === 'IMG') {
      const src = webUrl(element.getAttribute('src'));
      if (!src) continue;
      copy.setAttribute('src', src);
      copy.setAttribute('alt', element.getAttribute('alt') ?? '');
    }
    copyInert(element, copy, document);
    to.appendChild(copy);
  }
}

/**
 * HTML from a group's Atom feed as inert DOM: the feed's HTML is sanitised when it is
 * generated, but an embedding site should not trust a file anyone with write access to the pod
 * could replace, so the widget keeps only a short list of text elements, http(s) links and
 * pictures, and no attributes otherwise. Parsed with DOMParser, which runs no script and loads
 * nothing; no sanitiser library needed (docs/performance.md, "Publishing widgets").
 */
export function inertHtml(html: string, document: Document = globalThis.document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = document.createDocumentFragment();
  copyInert(parsed.body, fragment, document);
  return fragment;
}
