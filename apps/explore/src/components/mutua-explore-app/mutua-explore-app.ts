import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ExploreRunController } from '../../controllers/explore-run-controller.js';
import { loadMemberGroups, type MemberGroup } from '../../data/member-groups.js';
import { readyMadeQueries } from '../../data/ready-made-queries.js';
import '../ex-query-editor/ex-query-editor.js';
import type { ExQueryRunRequestedEvent } from '../ex-query-editor/query-events.js';
import '../ex-results/ex-results.js';
import '../ex-start-points/ex-start-points.js';
import type { ExStartPointsChangedEvent } from '../ex-start-points/start-points-changed-event.js';
import { styles } from './mutua-explore-app.styles.js';

/** The explore page (`/explore`): SPARQL across what the member's groups let them read. */
@localized()
@customElement('mutua-explore-app')
export class MutuaExploreApp extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  /** Undefined until the member changes them: then all their groups. */
  @state() private startUrls: readonly string[] | undefined;
  @state() private followPartners = false;
  @state() private queryName = 'query';
  private readonly runner = new ExploreRunController(this);

  private readonly groups = new Task(this, {
    task: ([webId, fetch]) =>
      webId && fetch ? loadMemberGroups(webId, fetch) : Promise.resolve([] as readonly MemberGroup[]),
    args: () => [this.session?.webId, this.session?.fetch] as const,
  });

  override render() {
    if (!this.session?.isLoggedIn)
      return html`<p role="status">${msg('Log in to query what your groups share with you.')}</p>`;
    return html`<h1>${msg('Explore')}</h1>
      <p class="note">
        ${msg('Queries run in your browser with your own login: only documents you may read are ever fetched.')}
      </p>
      ${this.groups.render({
        pending: () => html`<p role="status">${msg('Loading your groups…')}</p>`,
        error: (error) =>
          html`<p role="alert" class="error">
            ${msg('Your profile could not be read, so your groups are unknown. You can still add a group address.')}
            (${String((error as Error).message ?? error)})
          </p>`,
        complete: (groups) =>
          html`<ex-start-points
            .groups=${groups}
            @ex-start-points-changed=${this.startPointsChanged}
          ></ex-start-points>`,
      })}
      <ex-query-editor
        .queries=${readyMadeQueries}
        ?running=${this.runner.status === 'running'}
        syntaxError=${this.runner.syntaxError?.detail ?? ''}
        @ex-query-run-requested=${this.runRequested}
        @ex-query-cancel-requested=${() => this.runner.cancel()}
      ></ex-query-editor>
      ${this.status()}
      <ex-results
        .outcome=${this.runner.status === 'done' ? this.runner.outcome : undefined}
        queryName=${this.queryName}
      ></ex-results>`;
  }

  private status() {
    const { status, progress, error } = this.runner;
    switch (status) {
      case 'running':
        return html`<p role="status" data-testid="progress">
          ${msg(str`Reading the network: ${progress.read} documents read, ${progress.queued} queued…`)}
        </p>`;
      case 'cancelled':
        return html`<p role="status">${msg('Query cancelled.')}</p>`;
      case 'error':
        return this.runner.syntaxError
          ? nothing
          : html`<p role="alert" class="error">${msg('The query could not be run.')} (${error?.message})</p>`;
      default:
        return nothing;
    }
  }

  private startPointsChanged(event: ExStartPointsChangedEvent): void {
    this.startUrls = event.urls;
    this.followPartners = event.followPartners;
  }

  private runRequested(event: ExQueryRunRequestedEvent): void {
    const fetch = this.session?.fetch;
    if (!fetch) return;
    const startUrls = this.startUrls ?? (this.groups.value ?? []).map((g) => g.url);
    this.queryName = event.name;
    void this.runner.run({ sparql: event.sparql, startUrls, followPartners: this.followPartners }, fetch);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-explore-app': MutuaExploreApp;
  }
}
