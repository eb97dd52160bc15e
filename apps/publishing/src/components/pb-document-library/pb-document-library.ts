import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { documentContainerOf, getDocumentHistory, getGroupDocumentsAll, type GroupDocument } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styles } from './pb-document-library.styles.js';
import { visibilityLabel } from './visibility-label.js';

/** A group's documents (latest versions) with their visibility; opening one lists every version. */
@localized()
@customElement('pb-document-library')
export class PbDocumentLibrary extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  @state() private history: { readonly container: string; readonly versions: readonly GroupDocument[] } | undefined;

  private readonly documents = new Task(this, {
    task: ([root, fetch]) => (root && fetch ? getGroupDocumentsAll(root, { fetch }) : Promise.resolve(undefined)),
    args: () => [this.root, this.fetch] as const,
  });

  private async showHistory(document: GroupDocument): Promise<void> {
    const container = documentContainerOf(document.url);
    this.history = { container, versions: await getDocumentHistory(container, { fetch: this.fetch! }) };
  }

  private link(document: GroupDocument) {
    const href = document.contentUrl ?? document.url.replace(/#.*$/, '');
    return html`<a href=${href} target="_blank" rel="noopener">${document.title}</a>`;
  }

  override render() {
    return this.documents.render({
      pending: () => html`<p role="status">${msg('Loading documents…')}</p>`,
      error: (error) => html`<p role="alert">${msg('The documents could not be read.')} (${String((error as Error).message ?? error)})</p>`,
      complete: (result) => {
        if (!result) return html``;
        if (result.items.length === 0) return html`<p>${msg('No documents yet.')}</p>`;
        return html`<table>
            <thead><tr><th>${msg('Title')}</th><th>${msg('Visible to')}</th><th>${msg('Version')}</th><th>${msg('Modified')}</th></tr></thead>
            <tbody>
              ${result.items.map(
                (document) => html`<tr>
                  <td>${this.link(document)}</td>
                  <td>${visibilityLabel(document.visibility)}</td>
                  <td><button type="button" @click=${() => this.showHistory(document)}>${msg('Version')} ${document.version}</button></td>
                  <td>${new Date(document.modified ?? document.created).toLocaleDateString()}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          ${this.history
            ? html`<section aria-label=${msg('Version history')}>
                <h3>${msg('Version history')}</h3>
                <ol reversed>
                  ${this.history.versions.map((v) => html`<li>${this.link(v)} — ${msg('version')} ${v.version}, ${new Date(v.modified ?? v.created).toLocaleString()}</li>`)}
                </ol>
              </section>`
            : ''}`;
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-document-library': PbDocumentLibrary;
  }
}
