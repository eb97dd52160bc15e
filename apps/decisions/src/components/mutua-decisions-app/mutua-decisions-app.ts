import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { LocationController, sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { loadDecisionsMember } from '../../data/member-context.js';
import '../dc-proposal-list/dc-proposal-list.js';
import '../dc-proposal-page/dc-proposal-page.js';
import '../dc-proposal-form/dc-proposal-form.js';
import { styles } from './mutua-decisions-app.styles.js';

/** The decisions app below `/decisions`: proposals per group, one proposal, a new proposal. */
@localized()
@customElement('mutua-decisions-app')
export class MutuaDecisionsApp extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  private readonly location = new LocationController(this);

  private readonly member = new Task(this, {
    task: ([webId, fetch]) => (webId && fetch ? loadDecisionsMember(webId, fetch) : Promise.resolve(undefined)),
    args: () => [this.session?.webId, this.session?.fetch] as const,
  });

  private page() {
    const session = this.session!;
    const path = this.location.url.pathname.replace(/\/+$/, '');
    const params = this.location.searchParams;
    return this.member.render({
      pending: () => html`<p role="status">${msg('Loading your groups…')}</p>`,
      error: (error) =>
        html`<p role="alert" class="error">${msg('Your profile could not be read, so your groups are unknown. Reload the page; if it persists, check that your pod is online.')} (${String((error as Error).message ?? error)})</p>`,
      complete: (member) => {
        if (!member) return html``;
        switch (path) {
          case '/decisions/proposal':
            return html`<dc-proposal-page .fetch=${session.fetch} .member=${member} .proposalUrl=${params.get('url') ?? ''}></dc-proposal-page>`;
          case '/decisions/new':
            return html`<dc-proposal-form .fetch=${session.fetch} .member=${member} .groupUrl=${params.get('group') ?? member.groups[0]?.url ?? ''}></dc-proposal-form>`;
          default:
            return html`<dc-proposal-list .fetch=${session.fetch} .member=${member} .groupUrl=${params.get('group') ?? member.groups[0]?.url ?? ''}></dc-proposal-list>`;
        }
      },
    });
  }

  override render() {
    if (!this.session?.isLoggedIn) return html`<p role="status">${msg('Log in to see and vote on the proposals of your groups.')}</p>`;
    const path = this.location.url.pathname.replace(/\/+$/, '');
    const group = this.location.searchParams.get('group');
    const suffix = group ? `?group=${encodeURIComponent(group)}` : '';
    return html`<nav aria-label=${msg('Decisions')}>
        <a href=${`/decisions${suffix}`} aria-current=${path === '/decisions' ? 'page' : 'false'}>${msg('Proposals')}</a>
        <a href=${`/decisions/new${suffix}`} aria-current=${path === '/decisions/new' ? 'page' : 'false'}>${msg('New proposal')}</a>
      </nav>
      ${this.page()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-decisions-app': MutuaDecisionsApp;
  }
}
