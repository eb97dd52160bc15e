import { localized, msg } from '@lit/localize';
import { addNewsToGroup, createMarkdownRenderer, publishGroupOutputs, publishingLayout, ValidationError } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { NewsPublishedEvent } from './news-published-event.js';
import { styles } from './pb-news-form.styles.js';

/** Writes a news post in Markdown, public or members-only, then regenerates the group's public feed, page and calendar. */
@localized()
@customElement('pb-news-form')
export class PbNewsForm extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  @property() author = '';
  @state() private busy = false;
  @state() private problem = '';
  @state() private publicPage = '';

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const image = String(data.get('image') ?? '').trim();
    this.busy = true;
    this.problem = '';
    try {
      const options = { fetch: this.fetch! };
      const item = await addNewsToGroup(
        this.root,
        {
          headline: String(data.get('headline') ?? ''),
          body: String(data.get('body') ?? ''),
          visibility: data.get('visibility') === 'membersOnly' ? 'membersOnly' : 'public',
          author: this.author,
          ...(image ? { image } : {}),
        },
        options,
      );
      await publishGroupOutputs(this.root, { ...options, render: createMarkdownRenderer(window) });
      this.publicPage = publishingLayout(this.root).publicPage;
      form.reset();
      this.dispatchEvent(new NewsPublishedEvent(item.url));
    } catch (error) {
      this.problem = error instanceof ValidationError ? error.issues.map((i) => i.message.en).join(' ') : String((error as Error).message ?? error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form @submit=${this.submit}>
      <label>${msg('Headline')} <input name="headline" required maxlength="200" /></label>
      <label>${msg('Text (Markdown)')} <textarea name="body" required maxlength="50000"></textarea></label>
      <label>${msg('Picture (web address, optional)')} <input name="image" type="url" /></label>
      <fieldset>
        <legend>${msg('Who can read it')}</legend>
        <label><input type="radio" name="visibility" value="public" checked /> ${msg('Everyone (public page and feed)')}</label>
        <label><input type="radio" name="visibility" value="membersOnly" /> ${msg('Members only')}</label>
      </fieldset>
      <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Publishing…') : msg('Publish')}</button>
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
      ${this.publicPage ? html`<p role="status">${msg('Published.')} <a href=${this.publicPage} target="_blank" rel="noopener">${msg('Open the public page')}</a></p>` : ''}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-news-form': PbNewsForm;
  }
}
