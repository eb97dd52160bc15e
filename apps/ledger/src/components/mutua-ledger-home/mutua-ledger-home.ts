import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Group } from '../../data/core-api.internal.js';
import type { LedgerStore } from '../../data/ledger-store.js';
import { describeFailure } from '../../messages/describe-failure.js';
import '../mutua-ledger-balance-card/mutua-ledger-balance-card.js';
import { styles } from './mutua-ledger-home.styles.js';

/** The ledger's start page: the member's balance in each of their groups; files the inbox's transfer copies. */
@localized()
@customElement('mutua-ledger-home')
export class MutuaLedgerHome extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) store: LedgerStore | undefined;
  @property({ attribute: false }) groups: readonly Group[] = [];
  @property() viewer = '';

  // Payees' copies arrive in their inbox; filing them here keeps each member's own record complete.
  private readonly filing = new Task(this, {
    task: ([store]) => store?.fileInbox(),
    args: () => [this.store] as const,
  });

  override render() {
    return html`<h1>${msg('My balances')}</h1>
      <p class="actions">
        <button type="button" @click=${() => this.groups.forEach((g) => this.store?.refresh(g.url))}>${msg('Check for new transfers')}</button>
      </p>
      ${this.filing.render({
        complete: (done) =>
          done && done.filed > 0 ? html`<p role="status" class="muted" data-testid="inbox-filed">${msg(str`${done.filed} signed transfer records from your inbox were filed in your pod.`)}</p>` : nothing,
        error: (error) => html`<p class="muted">${msg('Your inbox could not be filed this time; your balances are not affected.')} <span class="detail">${describeFailure(error)}</span></p>`,
      })}
      <ul>
        ${this.groups.map((g) => html`<li><mutua-ledger-balance-card .store=${this.store} .group=${g.url} .viewer=${this.viewer}></mutua-ledger-balance-card></li>`)}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-ledger-home': MutuaLedgerHome;
  }
}
