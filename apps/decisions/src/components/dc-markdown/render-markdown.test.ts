// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.js';

// Renders into a detached element, as the component does, and inspects the resulting DOM.
function rendered(markdown: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderMarkdown(markdown);
  return host;
}

describe('renderMarkdown', () => {
  it('renders emphasis, lists and safe links from Markdown', () => {
    const html = rendered('Raise the limit to **-800**.\n\n- one\n- two\n\n[charter](https://example.org/charter)');
    expect(html.querySelector('strong')?.textContent).toBe('-800');
    expect(html.querySelectorAll('li')).toHaveLength(2);
    const link = html.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/charter');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('drops script, iframe, event handlers, styles and forms from raw HTML in the body', () => {
    const html = rendered(
      'Hi <script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>\n\n<img src="x" onerror="alert(2)">\n\n<p onclick="alert(3)" style="color:red">styled</p>\n\n<form><input name="q"></form>',
    );
    expect(html.querySelector('script, iframe, img, form, input, style')).toBeNull();
    for (const element of html.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on|^style$/);
    }
    expect(html.textContent).toContain('styled');
    expect(html.innerHTML).not.toContain('alert');
  });

  it('keeps the text of javascript: and data: links but removes their URLs', () => {
    const html = rendered('[click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=) and <a href="JaVaScRiPt:alert(4)">raw</a>');
    expect(html.textContent).toContain('click me');
    for (const link of html.querySelectorAll('a')) {
      const href = link.getAttribute('href');
      expect(href === null || /^(https?:|mailto:|#)/i.test(href)).toBe(true);
    }
    expect(html.innerHTML.toLowerCase()).not.toContain('javascript:');
  });
});
