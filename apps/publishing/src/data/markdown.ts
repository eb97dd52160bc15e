import { createMarkdownRenderer, type MarkdownRenderer } from '@mutua/core';

let renderer: MarkdownRenderer | undefined;

/** The page's sanitising Markdown renderer, made once on the browser's window. */
export function renderMarkdown(markdown: string): string {
  renderer ??= createMarkdownRenderer(window);
  return renderer(markdown);
}
