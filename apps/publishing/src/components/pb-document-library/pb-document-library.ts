import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { documentContainerOf, ensureGroupSharing, findReadersRoster, getDocumentHistory, getGroupDocumentsAll, publishingLayout, type GroupDocument } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderMarkdown } from '../../data/markdown.js';
import '../pb-document-form/pb-document-form.js';
import '../pb-share-document/pb-share-document.js';
import { styles } from './pb-document-library.styles.js';
import { visibilityLabel } from './visibility-label.js';

/**
 * A group's documents (latest versions) with their visibility, members' shared documents
 * included; opening one lists every version, any of which can be read. Publishers add documents
 * and save new versions; every member may share documents of their own pod and stop sharing them.
 */
@localized()
@customElement('pb-document-library')
export class PbDocumentLibrary extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  @property() author = '';
  /** Whether the member may write the group's library (shows the forms). */
  @property({ type: Boolean, attribute: 'can-publish' }) canPublish = false;
  @state() private revision = 0;
  @state() private history: { readonly container: string; readonly versions: readonly GroupDocument[] } | undefined;
  @state() private reading: GroupDocument | undefined;
  @state() private editing: GroupDocument | undefined;

  private readonly documents = new Task(this, {
    task: async ([root, fetch, canPublish]) => {
      if (!root || !fetch) return undefined;
      // Groups created before decision 0080 have no readers roster: an admin's visit sets sharing up.
      if (canPublish && !(await findReadersRoster(root, { fetch }))) await ensureGroupSharing(root, { fetch });
      return getGroupDocumentsAll(root, { fetch });
    },
    args: () => [this.root, this.fetch, this.canPublish, this.revision] as const,
  });

  private sharing(documents: readonly GroupDocument[]) {
    const shared = publishingLayout(this.root).sharedDocuments;
    const mine = documents.filter((d) => d.url.startsWith(shared) && d.creator === this.author);
    return html`<pb-share-document .fetch=${this.fetch} root=${this.root} author=${this.author} .shared=${mine} @pb-document-shares-changed=${() => (this.revision += 1)}></pb-share-document>`;
  }

  private async showHistory(document: GroupDocument): Promise<void> {
    const container = documentContainerOf(document.url);
    this.reading = undefined;
    this.history = { container, versions: await getDocumentHistory(container, { fetch: this.fetch! }) };
  }

  private saved(): void {
    const edited = this.editing;
    this.editing = undefined;
    this.revision += 1;
    if (edited && this.history?.container === documentContainerOf(edited.url)) void this.showHistory(edited);
  }

  private link(document: GroupDocument) {
    const href = document.contentUrl ?? document.url.replace(/#.*$/, '');
    return html`<a href=${href} target="_blank" rel="noopener">${document.title}</a>`;
  }

  private open(document: GroupDocument) {
    return document.text === undefined
      ? this.link(document)
      : html`<button type="button" @click=${() => (this.reading = document)}>${msg(str`Read version ${document.version}`)}</button>`;
  }

  private forms() {
    if (!this.canPublish) return '';
    if (this.editing)
      return html`<section aria-label=${msg('New version')}>
        <h3>${msg(str`New version of ${this.editing.title}`)}</h3>
        <pb-document-form .fetch=${this.fetch} root=${this.root} author=${this.author} .latest=${this.editing} @pb-document-saved=${this.saved}></pb-document-form>
        <button type="button" @click=${() => (this.editing = undefined)}>${msg('Cancel')}</button>
      </section>`;
    return html`<details>
      <summary>${msg('Add a document')}</summary>
      <pb-document-form .fetch=${this.fetch} root=${this.root} author=${this.author} @pb-document-saved=${this.saved}></pb-document-form>
    </details>`;
  }

  private historySection() {
    if (!this.history) return '';
    return html`<section aria-label=${msg('Version history')}>
      <h3>${msg('Version history')}</h3>
      <ol reversed>
        ${this.history.versions.map((v) => html`<li>${v.title} — ${msg('version')} ${v.version}, ${new Date(v.modified ?? v.created).toLocaleString()} ${this.open(v)}</li>`)}
      </ol>
      ${this.reading
        ? html`<article aria-label=${msg(str`Version ${this.reading.version}`)}>
            <h4>${this.reading.title} (${msg('version')} ${this.reading.version})</h4>
            <div class="body">${unsafeHTML(renderMarkdown(this.reading.text ?? ''))}</div>
          </article>`
        : ''}
    </section>`;
  }

  override render() {
    // Outside the task's rendering, so its status survives the reload its own changes trigger.
    return html`${this.forms()} ${this.sharing(this.documents.value?.items ?? [])}
    ${this.documents.render({
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
                  <td>
                    <button type="button" @click=${() => this.showHistory(document)}>${msg('Version')} ${document.version}</button>
                    ${this.canPublish ? html`<button type="button" @click=${() => (this.editing = document)}>${msg('Edit')}</button>` : ''}
                  </td>
                  <td>${new Date(document.modified ?? document.created).toLocaleDateString()}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          ${this.historySection()}`;
      },
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-document-library': PbDocumentLibrary;
  }
}
