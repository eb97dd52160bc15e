import { localized, msg } from '@lit/localize';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { editComment, postComment, setCommentHidden, type DiscussionComment } from '../../data/core-decisions.js';
import type { DecisionsMember } from '../../data/member-context.js';
import { formatWhen } from '../../data/status-label.js';
import { DcDiscussionChangedEvent } from './discussion-changed-event.js';
import { styles } from './dc-discussion.styles.js';

/** The discussion of a proposal: comments and replies, the author's edits, hiding by admins. */
@localized()
@customElement('dc-discussion')
export class DcDiscussion extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch = globalThis.fetch;
  @property({ attribute: false }) member: DecisionsMember | undefined;
  @property({ attribute: false }) comments: readonly DiscussionComment[] = [];
  @property({ attribute: false }) nameOf: (webId: string) => string = (w) => w;
  @property() proposalUrl = '';
  @property({ type: Boolean }) isAdmin = false;

  /** The comment being answered or edited ('' for a new top-level comment). */
  @state() private replyTo: string | undefined;
  @state() private editing: string | undefined;
  @state() private busy = false;
  @state() private problem = '';

  private async run(action: () => Promise<unknown>): Promise<void> {
    this.busy = true;
    this.problem = '';
    try {
      await action();
      this.replyTo = undefined;
      this.editing = undefined;
      this.dispatchEvent(new DcDiscussionChangedEvent());
    } catch (error) {
      this.problem = `${msg('Your comment could not be saved. Check your connection and try again.')} (${(error as Error).message})`;
    } finally {
      this.busy = false;
    }
  }

  private options() {
    const member = this.member!;
    return { fetch: this.fetch, signer: member.signer!, storage: member.storage };
  }

  private submitNew(event: Event, inReplyTo?: string): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = (form.elements.namedItem('text') as HTMLTextAreaElement).value.trim();
    if (!text) {
      this.problem = msg('Write something before sending.');
      return;
    }
    void this.run(() => postComment(this.proposalUrl, { text, ...(inReplyTo ? { inReplyTo } : {}) }, this.options()));
  }

  private submitEdit(event: Event, comment: DiscussionComment): void {
    event.preventDefault();
    const text = ((event.target as HTMLFormElement).elements.namedItem('text') as HTMLTextAreaElement).value.trim();
    if (text) void this.run(() => editComment(this.proposalUrl, comment, text, this.options()));
  }

  private form(label: string, onSubmit: (e: Event) => void, initial = '') {
    return html`<form @submit=${onSubmit}>
      <label>${label}<textarea name="text" .value=${initial}></textarea></label>
      <div class="row">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? msg('Sending…') : msg('Send')}</button>
        ${this.replyTo !== undefined || this.editing !== undefined ? html`<button type="button" @click=${() => ((this.replyTo = undefined), (this.editing = undefined))}>${msg('Cancel')}</button>` : ''}
      </div>
    </form>`;
  }

  private comment(c: DiscussionComment): unknown {
    const mine = c.author === this.member?.webId;
    const canWrite = Boolean(this.member?.signer);
    return html`<li>
      <article aria-label=${msg('Comment')}>
        <div class="meta">${this.nameOf(c.author)} · ${formatWhen(c.published)}${c.updated ? html` · ${msg('edited')}` : ''}</div>
        ${c.hidden && !this.isAdmin ? html`<p class="hint">${msg('Hidden by an admin.')}</p>` : this.editing === c.url ? this.form(msg('Edit your comment'), (e) => this.submitEdit(e, c), c.content) : html`<p class="content">${c.content}</p>`}
        ${c.hidden && this.isAdmin ? html`<p class="hint">${msg('Hidden from members.')}</p>` : ''}
        <div class="row">
          ${canWrite ? html`<button type="button" @click=${() => (this.replyTo = c.url)}>${msg('Reply')}</button>` : ''}
          ${mine && canWrite ? html`<button type="button" @click=${() => (this.editing = c.url)}>${msg('Edit')}</button>` : ''}
          ${this.isAdmin && canWrite
            ? html`<button type="button" @click=${() => this.run(() => setCommentHidden(this.proposalUrl, c, !c.hidden, this.options()))}>${c.hidden ? msg('Show again') : msg('Hide')}</button>`
            : ''}
        </div>
        ${this.replyTo === c.url ? this.form(msg('Your reply'), (e) => this.submitNew(e, c.url)) : ''}
      </article>
      ${c.replies.length > 0 ? html`<ul>${c.replies.map((r) => this.comment(r))}</ul>` : ''}
    </li>`;
  }

  override render() {
    return html`<h3>${msg('Discussion')}</h3>
      ${this.comments.length === 0 ? html`<p class="hint">${msg('No comments yet. Ask a question or share a view before you vote.')}</p>` : html`<ul>${this.comments.map((c) => this.comment(c))}</ul>`}
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
      ${this.member?.signer
        ? this.form(msg('Add a comment'), (e) => this.submitNew(e))
        : html`<p class="hint">${msg('To comment you need a signing key: finish setting up your profile first.')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dc-discussion': DcDiscussion;
  }
}
