import { localized, msg } from '@lit/localize';
import { toSafeHttpUrl } from '@mutua/elements';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MemberGroup } from '../../data/member-groups.js';
import { ExStartPointsChangedEvent } from './start-points-changed-event.js';
import { styles } from './ex-start-points.styles.js';

/** Where queries start: the member's groups (all checked at first) and any group or WebID they add. */
@localized()
@customElement('ex-start-points')
export class ExStartPoints extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) groups: readonly MemberGroup[] = [];
  @state() private unchecked = new Set<string>();
  @state() private added: readonly string[] = [];
  @state() private followPartners = false;
  @state() private addError = '';

  /** The start URLs as chosen now. */
  get urls(): readonly string[] {
    return [...this.groups.map((g) => g.url), ...this.added].filter((url) => !this.unchecked.has(url));
  }

  override render() {
    const row = (url: string, name: string) =>
      html`<li>
        <label
          ><input
            type="checkbox"
            .checked=${!this.unchecked.has(url)}
            @change=${(e: Event) => this.toggle(url, (e.target as HTMLInputElement).checked)}
          />
          ${name}</label
        >
      </li>`;
    return html`<fieldset>
      <legend>${msg('Start from')}</legend>
      ${this.groups.length === 0 && this.added.length === 0 ? html`<p>${msg('You are not a member of any group yet: add a group or WebID address below.')}</p>` : ''}
      <ul>
        ${this.groups.map((g) => row(g.url, g.name))} ${this.added.map((url) => row(url, url))}
      </ul>
      <form @submit=${this.add}>
        <label for="add">${msg('Add a group or WebID address')}</label>
        <input id="add" name="add" type="url" placeholder="https://…/profile/card#me" aria-describedby="add-error" />
        <button type="submit">${msg('Add')}</button>
        <p id="add-error" class="error" role="alert">${this.addError}</p>
      </form>
      <label
        ><input
          type="checkbox"
          .checked=${this.followPartners}
          @change=${(e: Event) => this.setPartners((e.target as HTMLInputElement).checked)}
        />
        ${msg('Also read partner groups')}</label
      >
    </fieldset>`;
  }

  private toggle(url: string, checked: boolean): void {
    const unchecked = new Set(this.unchecked);
    if (checked) unchecked.delete(url);
    else unchecked.add(url);
    this.unchecked = unchecked;
    this.changed();
  }

  private setPartners(follow: boolean): void {
    this.followPartners = follow;
    this.changed();
  }

  private add(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('add') as HTMLInputElement;
    const url = toSafeHttpUrl(input.value.trim());
    if (!url) {
      this.addError = msg('Enter an http(s) address, such as a group’s profile card or a WebID.');
      return;
    }
    this.addError = '';
    if (!this.added.includes(url) && !this.groups.some((g) => g.url === url)) this.added = [...this.added, url];
    input.value = '';
    this.changed();
  }

  private changed(): void {
    this.dispatchEvent(new ExStartPointsChangedEvent(this.urls, this.followPartners));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ex-start-points': ExStartPoints;
  }
}
