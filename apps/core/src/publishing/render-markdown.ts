import createDOMPurify, { type WindowLike } from 'dompurify';
import { Marked } from 'marked';

/** Turns untrusted Markdown into HTML that is safe to insert into a page. */
export type MarkdownRenderer = (markdown: string) => string;

// Anything that can run script, submit data or restyle the host page goes, even if DOMPurify would keep it.
const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'svg', 'math'];
const FORBID_ATTR = ['style', 'srcset', 'formaction'];
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.{0,2}\/)/i;

/**
 * A Markdown renderer (marked, GitHub-flavoured) whose output is sanitised by DOMPurify on the
 * given window: the browser's `window` in the app, a jsdom window in Node. Core stays DOM-free
 * by taking the window instead of reaching for one. Scripts, frames, event handlers,
 * `javascript:`/`data:` links and inline styles never survive; links open without an opener.
 */
export function createMarkdownRenderer(window: WindowLike): MarkdownRenderer {
  const purify = createDOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    for (const attribute of ['href', 'src'] as const) {
      const value = element.getAttribute?.(attribute);
      if (value !== null && value !== undefined && !SAFE_URL.test(value.trim())) element.removeAttribute(attribute);
    }
    if (element.tagName === 'A' && element.hasAttribute('href')) element.setAttribute('rel', 'noopener noreferrer nofollow');
  });
  const marked = new Marked({ gfm: true, async: false });
  return (markdown) => {
    const html = marked.parse(markdown, { async: false });
    return purify.sanitize(html, { FORBID_TAGS, FORBID_ATTR, ALLOW_DATA_ATTR: false });
  };
}
