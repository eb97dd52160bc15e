import { localized, msg } from '@lit/localize';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { setProposalOpeners, type ProposalOpeners } from '../../data/core-decisions.js';
import { styles } from './dc-decision-settings.styles.js';

/** An admin's setting of who may open proposals: stored in the group's profile and enforced by the ACL of `decisions/`. */
@localized()
@customElement('dc-decision-settings')
export class DcDecisionSettings extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch = globalThis.fetch;
  /** The group's root container (`…/`). */
  @property() root = '';
  @property() openers: ProposalOpeners = 'members';
  @state() private busy = false;
  @state() private problem = '';
  @state() private saved = false;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const openers: ProposalOpeners =
      new FormData(event.target as HTMLFormElement).get('only-admins') === 'on' ? 'admins' : 'members';
    this.busy = true;
    this.problem = '';
    this.saved = false;
    try {
      await setProposalOpeners(this.root, openers, { fetch: this.fetch });
      this.openers = openers;
      this.saved = true;
    } catch (error) {
      this.problem = `${msg('The setting could not be saved: only the group’s admins may change it. Reload and try again.')} (${(error as Error).message})`;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form @submit=${this.submit} aria-label=${msg('Who opens proposals')}>
      <label
        ><input type="checkbox" name="only-admins" ?checked=${this.openers === 'admins'} />
        ${msg('Only admins may open proposals')}</label
      >
      <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : msg('Save the setting')}</button>
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
      ${this.saved ? html`<p role="status">${msg('Setting saved.')}</p>` : ''}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dc-decision-settings': DcDecisionSettings;
  }
}
