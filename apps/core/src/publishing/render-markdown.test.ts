import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from './render-markdown.js';

const render = createMarkdownRenderer(new JSDOM('').window as unknown as Parameters<typeof createMarkdownRenderer>[0]);

/** Parses rendered HTML in a fresh document so assertions look at elements, not strings. */
function parse(html: string): Document {
  return new JSDOM(`<body>${html}</body>`).window.document;
}

describe('createMarkdownRenderer', () => {
  it('renders ordinary Markdown to HTML', () => {
    const doc = parse(render('# Market day\n\nBring **bread** and [see the map](https://example.org/map).'));
    expect(doc.querySelector('h1')?.textContent).toBe('Market day');
    expect(doc.querySelector('strong')?.textContent).toBe('bread');
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/map');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
  });

  it('drops script elements, inline or raw', () => {
    const html = render('Hello <script>alert(1)</script>\n\n<script src="https://evil.example/x.js"></script>');
    expect(parse(html).querySelector('script')).toBeNull();
    expect(html).not.toMatch(/alert\(1\)/);
  });

  it('drops iframes, objects, embeds and forms', () => {
    const html = render('<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="y"><form action="https://evil.example"><button>go</button></form>');
    const doc = parse(html);
    for (const tag of ['iframe', 'object', 'embed', 'form', 'button']) expect(doc.querySelector(tag)).toBeNull();
  });

  it('strips event handler attributes from every element', () => {
    const html = render('<img src="https://example.org/a.png" onerror="alert(1)"><p onclick="alert(2)" onmouseover="x()">hi</p>');
    const doc = parse(html);
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on')).toBe(false);
    }
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://example.org/a.png');
  });

  it('removes javascript: and data: URLs from Markdown and HTML links and images', () => {
    const html = render('[click](javascript:alert(1)) [x](JaVaScRiPt:alert(2)) <a href=" javascript:alert(3)">y</a> ![i](data:text/html;base64,PHNjcmlwdD4=) <a href="vbscript:z">v</a>');
    const doc = parse(html);
    for (const element of doc.querySelectorAll('[href],[src]')) {
      const url = (element.getAttribute('href') ?? element.getAttribute('src') ?? '').trim().toLowerCase();
      expect(url.startsWith('javascript:') || url.startsWith('data:') || url.startsWith('vbscript:')).toBe(false);
    }
    expect(html.toLowerCase()).not.toContain('javascript:');
  });

  it('drops inline styles and style elements', () => {
    const doc = parse(render('<style>body{display:none}</style><p style="position:fixed">x</p>'));
    expect(doc.querySelector('style')).toBeNull();
    expect(doc.querySelector('[style]')).toBeNull();
  });

  it('keeps mailto links and relative links', () => {
    const doc = parse(render('[mail](mailto:sel@example.org) [doc](../documents/x)'));
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['mailto:sel@example.org', '../documents/x']);
  });
});
