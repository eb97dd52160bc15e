import { localized, msg } from '@lit/localize';
import { groupLayout, shareDocumentWithGroup, unshareDocumentFromGroup, type GroupDocument } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { problemText } from '../../data/republish.js';
import { DocumentSharesChangedEvent } from './document-shares-changed-event.js';
import { styles } from './pb-share-document.styles.js';

/**
 * A member shares a document of their own pod with the group (nothing is copied: the group's
 * members get Read through the group's readers roster, which follows membership), and stops
 * sharing the ones they shared (decision 0080).
 */
@localized()
@customElement('pb-share-document')
export class PbShareDocument extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  /** The member's WebID. */
  @property() author = '';
  /** The documents this member shared with the group (links from the library). */
  @property({ attribute: false }) shared: readonly GroupDocument[] = [];
  @state() private busy = false;
  @state() private problem = '';
  @state() private done = '';

  private async run(action: () => Promise<unknown>, done: string): Promise<void> {
    this.busy = true;
    this.problem = '';
    this.done = '';
    try {
      await action();
      this.done = done;
      this.dispatchEvent(new DocumentSharesChangedEvent());
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const resource = String(data.get('resource') ?? '').trim();
    const title = String(data.get('title') ?? '').trim();
    const options = { fetch: this.fetch!, ownerWebId: this.author, title };
    void this.run(async () => {
      await shareDocumentWithGroup(resource, groupLayout(this.root).group, options);
      form.reset();
    }, msg('Shared with the group.'));
  }

  private unshare(document: GroupDocument): void {
    void this.run(() => unshareDocumentFromGroup(document.contentUrl!, groupLayout(this.root).group, { fetch: this.fetch! }), msg('No longer shared.'));
  }

  override render() {
    return html`<details>
      <summary>${msg('Share one of my documents')}</summary>
      <form @submit=${this.submit}>
        <label>${msg('Address of the document in your pod')} <input name="resource" type="url" required /></label>
        <label>${msg('Title in the group library')} <input name="title" required /></label>
        <p>${msg('The group’s members will read it where it is; members who join later will too, and those who leave will no longer.')}</p>
        <button type="submit" ?disabled=${this.busy}>${msg('Share with the group')}</button>
      </form>
      ${this.shared.length > 0
        ? html`<h4>${msg('Documents I share')}</h4>
            <ul>
              ${this.shared.map(
                (d) => html`<li>${d.title} <button type="button" ?disabled=${this.busy} @click=${() => this.unshare(d)}>${msg('Stop sharing')}</button></li>`,
              )}
            </ul>`
        : ''}
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
      ${this.done ? html`<p role="status">${this.done}</p>` : ''}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-share-document': PbShareDocument;
  }
}
