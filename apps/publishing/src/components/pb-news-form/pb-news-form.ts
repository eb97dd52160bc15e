import { localized, msg } from '@lit/localize';
import { addNewsToGroup, publishingLayout, uploadNewsPicture } from '@mutua/core';
import { resizePicture } from '@mutua/elements';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { problemText, republish } from '../../data/republish.js';
import { NewsPublishedEvent } from './news-published-event.js';
import { styles } from './pb-news-form.styles.js';

/**
 * Writes a news post in Markdown with an optional picture (resized in the browser, stored in the
 * group's pod), public or members-only. An admin's post then regenerates the group's public feed,
 * page and calendar; a member (when the group allows members to post) may not write those.
 */
@localized()
@customElement('pb-news-form')
export class PbNewsForm extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  @property() author = '';
  /** Whether the author is an admin, who regenerates the public outputs after posting. */
  @property({ type: Boolean }) admin = false;
  @state() private busy = false;
  @state() private problem = '';
  @state() private published: 'none' | 'republished' | 'posted' = 'none';

  private async picture(file: FormDataEntryValue | null, visibility: 'public' | 'membersOnly'): Promise<string | undefined> {
    if (!(file instanceof File) || file.size === 0) return undefined;
    if (!file.type.startsWith('image/')) throw new TypeError(msg('The picture must be an image (JPEG, PNG, WebP…).'));
    let resized: Blob;
    try {
      resized = await resizePicture(file);
    } catch {
      throw new TypeError(msg('This picture could not be read; try a JPEG or PNG file.'));
    }
    return uploadNewsPicture(this.root, resized, visibility, this.author, { fetch: this.fetch! });
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const visibility = data.get('visibility') === 'membersOnly' ? 'membersOnly' : 'public';
    this.busy = true;
    this.problem = '';
    this.published = 'none';
    try {
      const options = { fetch: this.fetch! };
      const image = await this.picture(data.get('picture'), visibility);
      const item = await addNewsToGroup(
        this.root,
        { headline: String(data.get('headline') ?? ''), body: String(data.get('body') ?? ''), visibility, author: this.author, ...(image ? { image } : {}) },
        options,
      );
      if (this.admin) await republish(this.root, this.fetch!);
      this.published = this.admin ? 'republished' : 'posted';
      form.reset();
      this.dispatchEvent(new NewsPublishedEvent(item.url));
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  private status() {
    if (this.published === 'republished')
      return html`<p role="status">${msg('Published.')} <a href=${publishingLayout(this.root).publicPage} target="_blank" rel="noopener">${msg('Open the public page')}</a></p>`;
    if (this.published === 'posted') return html`<p role="status">${msg('Published. The public page and feed show it within seconds where the group runs a steward, otherwise once an admin next publishes.')}</p>`;
    return '';
  }

  override render() {
    return html`<form @submit=${this.submit}>
      <label>${msg('Headline')} <input name="headline" required maxlength="200" /></label>
      <label>${msg('Text (Markdown)')} <textarea name="body" required maxlength="50000"></textarea></label>
      <label>${msg('Picture (optional)')} <input name="picture" type="file" accept="image/*" /></label>
      <fieldset>
        <legend>${msg('Who can read it')}</legend>
        <label><input type="radio" name="visibility" value="public" checked /> ${msg('Everyone (public page and feed)')}</label>
        <label><input type="radio" name="visibility" value="membersOnly" /> ${msg('Members only')}</label>
      </fieldset>
      <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Publishing…') : msg('Publish')}</button>
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''} ${this.status()}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-news-form': PbNewsForm;
  }
}
