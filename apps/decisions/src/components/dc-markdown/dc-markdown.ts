import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { styles } from './dc-markdown.styles.js';
import { renderMarkdown } from './render-markdown.js';

/** Shows Markdown from a pod: parsed, then sanitised to an allow-list before it reaches the DOM. */
@customElement('dc-markdown')
export class DcMarkdown extends LitElement {
  static override styles = styles;

  @property() source = '';

  override render() {
    // The only HTML binding in the app, and it only ever receives DOMPurify's output.
    return html`${unsafeHTML(renderMarkdown(this.source))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dc-markdown': DcMarkdown;
  }
}
