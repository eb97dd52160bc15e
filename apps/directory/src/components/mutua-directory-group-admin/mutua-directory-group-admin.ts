import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { approveJoinRequest, confirmLeaveRequest, declineJoinRequest, dismissLeaveRequest, removeMember, setMemberLimits, setMemberRole } from '../../core-api.internal.js';
import { directoryHref } from '../../data/directory-route.js';
import { loadAdminPage, type AdminPage, type PendingLeave } from '../../data/load-admin-page.js';
import type { GroupMemberRow } from '../../data/load-group-page.js';
import type { LoadedNetwork } from '../../data/load-network.js';
import { formatMinorUnits, parseMinorUnits } from '../../data/minor-units.js';
import { MutuaDirectoryChangedEvent } from '../../events/directory-events.js';
import { describeFailure } from '../../messages/describe-failure.js';
import '../mutua-directory-group-settings/mutua-directory-group-settings.js';
import { styles } from './mutua-directory-group-admin.styles.js';

/** Admin screens of a group: pending join and leave requests (signed Leaves are carried out on opening), roles (promote, demote, remove), per-member credit limits and the group's settings. */
@localized()
@customElement('mutua-directory-group-admin')
export class MutuaDirectoryGroupAdmin extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  @property({ attribute: false })
  groupUrl = '';

  @property({ attribute: false })
  network: LoadedNetwork | undefined;

  @state()
  private outcome: { readonly kind: 'done' | 'failed'; readonly text: string } | undefined;

  @state()
  private busy = false;

  private readonly page = new Task(this, {
    task: ([groupUrl, network, fetch], { signal }) => {
      const known = network?.groups.find((g) => g.group.url === groupUrl);
      if (!fetch || !known || known.membership?.role !== 'admin') return Promise.resolve(undefined);
      return loadAdminPage(known, { fetch, signal });
    },
    args: () => [this.groupUrl, this.network, this.session?.fetch] as const,
  });

  override render() {
    return html`<p><a href=${directoryHref({ page: 'group', group: this.groupUrl })}>${msg('Back to the group page')}</a></p>
      ${this.outcome ? html`<p role=${this.outcome.kind === 'done' ? 'status' : 'alert'} class=${this.outcome.kind === 'failed' ? 'alert' : ''}>${this.outcome.text}</p>` : nothing}
      ${this.page.render({
        pending: () => html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Loading requests and members…')}</p>`,
        error: (error) => html`<div role="alert" class="alert">
          <p>${describeFailure(error)}</p>
          <button type="button" @click=${() => this.page.run()}>${msg('Try again')}</button>
        </div>`,
        complete: (page) =>
          page
            ? this.renderPage(page)
            : html`<h1>${msg('Group administration')}</h1>
                <p class="empty">${msg('Only admins of this group can manage it. Ask an admin if you need a change.')}</p>`,
      })}`;
  }

  private renderPage(page: AdminPage) {
    return html`<h1>${msg(str`Manage ${page.group.name}`)}</h1>
      <h2>${msg('Requests to join')}</h2>
      ${
        page.requests.length === 0
          ? html`<p class="empty">${msg('No pending requests. New requests appear here.')}</p>`
          : html`<ul class="cards" data-testid="join-requests">
              ${page.requests.map(
                ({ request, name }) => html`<li class="card">
                  <h3>${name}</h3>
                  <p class="muted">${request.applicant}</p>
                  ${request.message ? html`<p>${request.message}</p>` : nothing}
                  <div class="row">
                    <button type="button" class="primary" ?disabled=${this.busy} aria-label=${msg(str`Approve ${name}`)}
                      @click=${() => this.run(() => approveJoinRequest(request, this.options), msg(str`${name} is now a member.`))}>${msg('Approve')}</button>
                    <button type="button" ?disabled=${this.busy} aria-label=${msg(str`Decline ${name}`)}
                      @click=${() => this.run(() => declineJoinRequest(request, this.options), msg(str`The request of ${name} was declined.`))}>${msg('Decline')}</button>
                  </div>
                </li>`,
              )}
            </ul>`
      }
      ${this.renderLeaves(page)}
      <h2>${msg('Members, roles and credit limits')}</h2>
      <p class="muted">${msg(str`Empty limits use the currency's defaults: ${formatMinorUnits(page.currency.defaultMinimumBalance, page.currency.decimals)} to ${formatMinorUnits(page.currency.defaultMaximumBalance, page.currency.decimals)} ${page.currency.symbol}.`)}</p>
      <table data-testid="admin-members">
        <thead>
          <tr><th scope="col">${msg('Member')}</th><th scope="col">${msg('Role')}</th><th scope="col">${msg('Credit limits')}</th><th scope="col">${msg('Actions')}</th></tr>
        </thead>
        <tbody>
          ${page.members.map((m) => this.renderMember(m, page))}
        </tbody>
      </table>
      ${page.errors.length ? html`<p role="alert" class="alert">${msg(str`Some documents could not be read: ${page.errors.map((e) => e.error.message).join('; ')}`)}</p>` : nothing}
      <mutua-directory-group-settings .group=${page.group} .currency=${page.currency}></mutua-directory-group-settings>`;
  }

  private renderLeaves(page: AdminPage) {
    return html`<h2>${msg('Requests to leave')}</h2>
      ${
        page.departed.length
          ? html`<ul data-testid="departed-members">
              ${page.departed.map(({ name }) => html`<li role="status">${msg(str`${name} left the group; their access has ended.`)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        page.leaves.length === 0
          ? page.departed.length
            ? nothing
            : html`<p class="empty">${msg('Nobody asked to leave. Signed requests to leave are carried out as soon as an admin opens this page.')}</p>`
          : html`<p class="muted">${msg('These requests to leave are not signed by the member, so anyone could have sent them. Check with the member before confirming.')}</p>
            <ul class="cards" data-testid="leave-requests">
              ${page.leaves.map((leave) => this.renderLeave(leave))}
            </ul>`
      }`;
  }

  private renderLeave({ leave, name }: PendingLeave) {
    return html`<li class="card">
      <h3>${name}</h3>
      <p class="muted">${leave.member}</p>
      <div class="row">
        <button type="button" class="primary" ?disabled=${this.busy} aria-label=${msg(str`Confirm that ${name} leaves`)}
          @click=${() => this.run(() => confirmLeaveRequest(leave, this.groupUrl, this.options), msg(str`${name} left the group; their access has ended.`))}>${msg('Confirm')}</button>
        <button type="button" ?disabled=${this.busy} aria-label=${msg(str`Dismiss the request to leave of ${name}`)}
          @click=${() => this.run(() => dismissLeaveRequest(leave, this.options), msg(str`The request to leave of ${name} was dismissed.`))}>${msg('Dismiss')}</button>
      </div>
    </li>`;
  }

  private renderMember(m: GroupMemberRow, page: AdminPage) {
    const { decimals } = page.currency;
    const isSelf = m.webId === this.session?.webId;
    return html`<tr>
      <th scope="row"><a href=${directoryHref({ page: 'member', webId: m.webId })}>${m.name}</a></th>
      <td>${m.role === 'admin' ? msg('Admin') : msg('Member')}</td>
      <td>
        <form class="row" @submit=${(e: SubmitEvent) => this.saveLimits(e, m, decimals)}>
          <label>${msg('Lowest')} <input name="min" inputmode="decimal" size="7" .value=${m.minimumBalance !== undefined ? formatMinorUnits(m.minimumBalance, decimals) : ''} aria-label=${msg(str`Lowest balance of ${m.name}`)} /></label>
          <label>${msg('Highest')} <input name="max" inputmode="decimal" size="7" .value=${m.maximumBalance !== undefined ? formatMinorUnits(m.maximumBalance, decimals) : ''} aria-label=${msg(str`Highest balance of ${m.name}`)} /></label>
          <button type="submit" ?disabled=${this.busy}>${msg('Save limits')}</button>
        </form>
      </td>
      <td class="row">
        ${
          m.role === 'admin'
            ? html`<button type="button" ?disabled=${this.busy} @click=${() => this.run(() => setMemberRole(this.groupUrl, m.webId, 'member', this.options), msg(str`${m.name} is now a member.`))}>${msg('Make member')}</button>`
            : html`<button type="button" ?disabled=${this.busy} @click=${() => this.run(() => setMemberRole(this.groupUrl, m.webId, 'admin', this.options), msg(str`${m.name} is now an admin.`))}>${msg('Make admin')}</button>`
        }
        ${
          isSelf
            ? nothing
            : html`<button type="button" ?disabled=${this.busy} aria-label=${msg(str`Remove ${m.name}`)} @click=${() => this.confirmRemoval(m)}>${msg('Remove')}</button>`
        }
      </td>
    </tr>`;
  }

  private get options() {
    return { fetch: this.session!.fetch };
  }

  private confirmRemoval(m: GroupMemberRow): void {
    if (!window.confirm(msg(str`Remove ${m.name} from the group? Their access ends at once.`))) return;
    void this.run(() => removeMember(this.groupUrl, m.webId, this.options), msg(str`${m.name} was removed; their access has ended.`));
  }

  private saveLimits(event: SubmitEvent, m: GroupMemberRow, decimals: number): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = (name: string): number | null | undefined => {
      const text = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
      return text === '' ? null : parseMinorUnits(text, decimals);
    };
    const minimumBalance = read('min');
    const maximumBalance = read('max');
    if (minimumBalance === undefined || maximumBalance === undefined) {
      this.outcome = { kind: 'failed', text: msg(str`Limits must be numbers with at most ${decimals} decimals, or empty for the default.`) };
      return;
    }
    void this.run(() => setMemberLimits(this.groupUrl, m.webId, { minimumBalance, maximumBalance }, this.options), msg(str`The limits of ${m.name} were saved.`));
  }

  private async run(change: () => Promise<unknown>, done: string): Promise<void> {
    this.busy = true;
    this.outcome = undefined;
    try {
      await change();
      this.outcome = { kind: 'done', text: done };
      this.dispatchEvent(new MutuaDirectoryChangedEvent());
    } catch (error) {
      this.outcome = { kind: 'failed', text: describeFailure(error) };
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-directory-group-admin': MutuaDirectoryGroupAdmin;
  }
}
