import { localized, msg } from '@lit/localize';
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ReadyMadeQuery } from '../../data/cli-api.internal.js';
import { ExQueryCancelRequestedEvent, ExQueryRunRequestedEvent } from './query-events.js';
import { styles } from './ex-query-editor.styles.js';

/** The query editor: pick a ready-made query, edit its SPARQL, run or cancel. */
@localized()
@customElement('ex-query-editor')
export class ExQueryEditor extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) queries: readonly ReadyMadeQuery[] = [];
  @property({ type: Boolean }) running = false;
  /** Why the text does not parse, shown under the editor; empty when it does. */
  @property() syntaxError = '';
  @state() private name = '';
  @state() private sparql = '';

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('queries') && !this.name && this.queries[0]) this.choose(this.queries[0].name);
  }

  override render() {
    const chosen = this.queries.find((q) => q.name === this.name);
    return html`<form @submit=${this.submit}>
      <label for="query">${msg('Ready-made query')}</label>
      <select
        id="query"
        .value=${this.name}
        @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}
      >
        ${this.queries.map((q) => html`<option value=${q.name} ?selected=${q.name === this.name}>${q.title}</option>`)}
        <option value="" ?selected=${this.name === ''}>${msg('(your own query)')}</option>
      </select>
      <p class="description">
        ${chosen?.description ?? msg('Write any SPARQL SELECT or ASK query; it runs over what your groups let you read.')}
      </p>
      <label for="sparql">${msg('SPARQL')}</label>
      <textarea
        id="sparql"
        spellcheck="false"
        rows="14"
        aria-invalid=${this.syntaxError ? 'true' : 'false'}
        aria-describedby="syntax-error"
        .value=${this.sparql}
        @input=${(e: Event) => (this.sparql = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="syntax-error" class="error" role="alert" data-testid="syntax-error">
        ${this.syntaxError ? `${msg('This is not valid SPARQL; fix it and run again:')} ${this.syntaxError}` : ''}
      </p>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.running || this.sparql.trim() === ''}>
          ${msg('Run')}
        </button>
        ${this.running ? html`<button type="button" @click=${() => this.dispatchEvent(new ExQueryCancelRequestedEvent())}>${msg('Cancel')}</button>` : ''}
      </div>
    </form>`;
  }

  private choose(name: string): void {
    this.name = name;
    const query = this.queries.find((q) => q.name === name);
    if (query) this.sparql = query.sparql;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const edited = this.queries.find((q) => q.name === this.name)?.sparql !== this.sparql;
    this.dispatchEvent(new ExQueryRunRequestedEvent(this.sparql, edited ? 'query' : this.name));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ex-query-editor': ExQueryEditor;
  }
}
