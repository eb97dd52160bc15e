import { localized, msg } from '@lit/localize';
import { setNewsPostingRule, type NewsPostingRule } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { problemText } from '../../data/republish.js';
import { NewsRuleChangedEvent } from './news-rule-changed-event.js';
import { styles } from './pb-news-settings.styles.js';

/** An admin's setting of who may write the group's news: stored in the group's profile and enforced by the posts containers' ACLs. */
@localized()
@customElement('pb-news-settings')
export class PbNewsSettings extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  @property() rule: NewsPostingRule = 'admins';
  @state() private busy = false;
  @state() private problem = '';
  @state() private saved = false;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const rule: NewsPostingRule = new FormData(event.target as HTMLFormElement).get('members-may-post') === 'on' ? 'members' : 'admins';
    this.busy = true;
    this.problem = '';
    this.saved = false;
    try {
      await setNewsPostingRule(this.root, rule, { fetch: this.fetch! });
      this.saved = true;
      this.dispatchEvent(new NewsRuleChangedEvent(rule));
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form @submit=${this.submit}>
      <label><input type="checkbox" name="members-may-post" ?checked=${this.rule === 'members'} /> ${msg('Members may post news')}</label>
      <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : msg('Save the setting')}</button>
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
      ${this.saved ? html`<p role="status">${msg('Setting saved.')}</p>` : ''}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-news-settings': PbNewsSettings;
  }
}
