import { localized, msg, str } from '@lit/localize';
import { addDocumentToGroup, addDocumentVersion, DOCUMENT_FILE_TYPES, MAX_DOCUMENT_FILE_BYTES, type DocumentContent, type GroupDocument, type Visibility } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { problemText, republish } from '../../data/republish.js';
import { DocumentSavedEvent } from './document-saved-event.js';
import { styles } from './pb-document-form.styles.js';

const VISIBILITIES: readonly Visibility[] = ['public', 'membersOnly', 'adminsOnly'];

/**
 * Writes a Markdown document or uploads a file into a group's library, or saves a new version of
 * `latest` (the previous versions stay). Visibility is chosen once, when the document is created.
 */
@localized()
@customElement('pb-document-form')
export class PbDocumentForm extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  @property() author = '';
  /** The latest version of the document to edit; a new document is created when unset. */
  @property({ attribute: false }) latest: GroupDocument | undefined;
  @state() private kind: 'text' | 'file' = 'text';
  @state() private busy = false;
  @state() private problem = '';
  @state() private saved = false;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('latest')) this.kind = this.latest && this.latest.text === undefined ? 'file' : 'text';
  }

  private content(data: FormData): DocumentContent {
    if (this.kind === 'text') return { text: String(data.get('text') ?? '') };
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) throw new TypeError(msg('Choose a file to upload.'));
    if (!DOCUMENT_FILE_TYPES[file.type]) throw new TypeError(msg(str`This kind of file cannot be uploaded (${file.type || file.name}). Use PDF, text, Markdown, PNG, JPEG, WebP, ODT or DOCX.`));
    if (file.size > MAX_DOCUMENT_FILE_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw new RangeError(msg(str`The file is too large: ${mb(file.size)} MB, the limit is ${mb(MAX_DOCUMENT_FILE_BYTES)} MB.`));
    }
    return { file };
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    this.problem = '';
    this.saved = false;
    try {
      const content = this.content(data);
      const title = String(data.get('title') ?? '').trim();
      const options = { fetch: this.fetch! };
      const visibility = VISIBILITIES.find((v) => v === data.get('visibility')) ?? 'membersOnly';
      const document = this.latest
        ? await addDocumentVersion(this.latest, { author: this.author, content, title }, options)
        : await addDocumentToGroup(this.root, { title, creator: this.author, visibility, content }, options);
      await republish(this.root, this.fetch!);
      if (!this.latest) form.reset();
      this.saved = true;
      this.dispatchEvent(new DocumentSavedEvent(document.url));
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  private visibilityChoice() {
    if (this.latest) return '';
    const label = { public: msg('Everyone (public)'), membersOnly: msg('Members'), adminsOnly: msg('Admins only') };
    return html`<fieldset>
      <legend>${msg('Who can read it')}</legend>
      ${VISIBILITIES.map((v) => html`<label><input type="radio" name="visibility" value=${v} ?checked=${v === 'membersOnly'} /> ${label[v]}</label>`)}
    </fieldset>`;
  }

  override render() {
    const kinds = html`<fieldset>
      <legend>${msg('Content')}</legend>
      <label><input type="radio" name="kind" value="text" .checked=${this.kind === 'text'} @change=${() => (this.kind = 'text')} /> ${msg('Write in Markdown')}</label>
      <label><input type="radio" name="kind" value="file" .checked=${this.kind === 'file'} @change=${() => (this.kind = 'file')} /> ${msg('Upload a file')}</label>
    </fieldset>`;
    const maxMb = Math.round(MAX_DOCUMENT_FILE_BYTES / 1024 / 1024);
    return html`<form @submit=${this.submit}>
      <label>${msg('Document title')} <input name="title" required maxlength="200" .value=${this.latest?.title ?? ''} /></label>
      ${this.visibilityChoice()} ${kinds}
      ${this.kind === 'text'
        ? html`<label>${msg('Document text (Markdown)')} <textarea name="text" required maxlength="200000" .value=${this.latest?.text ?? ''}></textarea></label>`
        : html`<label>${msg(str`File (PDF, text, image, ODT or DOCX; at most ${maxMb} MB)`)} <input name="file" type="file" accept=${Object.keys(DOCUMENT_FILE_TYPES).join(',')} /></label>`}
      <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : this.latest ? msg('Save a new version') : msg('Add the document')}</button>
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
      ${this.saved ? html`<p role="status">${msg('Document saved.')}</p>` : ''}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-document-form': PbDocumentForm;
  }
}
