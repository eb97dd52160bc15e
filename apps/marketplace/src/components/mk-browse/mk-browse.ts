import { localized, msg, str } from '@lit/localize';
import { coordinatesOf } from '@mutua/core';
import { CurrentPointError, currentPoint, navigate } from '@mutua/elements';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MarketplaceController } from '../../controllers/marketplace-controller.js';
import { entryDistanceKm, queryMarketplace } from '../../data/core-marketplace.js';
import { DISTANCES, filtersFromSearch, filtersToSearch, nearOf, queryOf, referencePoint, type MarketplaceFilters } from '../../data/marketplace-filters.js';
import type { GroupInfo } from '../../data/member-context.js';
import '../mk-diagnostics/mk-diagnostics.js';
import '../mk-offer-card/mk-offer-card.js';
import { styles } from './mk-browse.styles.js';

const PAGE = 24;

/** The browse page: search, filters and sort from the URL, results as a grid or a list. */
@localized()
@customElement('mk-browse')
export class MkBrowse extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) market!: MarketplaceController;
  /** The controller's revision: a new value re-renders this page (see MarketplaceController.revision). */
  @property({ attribute: false }) revision = 0;
  /** The page's query string; the filters live there so searches can be shared and back works. */
  @property() filtersSearch = '';
  @state() private shown = PAGE;
  @state() private locating = false;
  @state() private locateProblem = '';

  private get filters(): MarketplaceFilters {
    return filtersFromSearch(new URLSearchParams(this.filtersSearch));
  }

  private apply(change: Partial<MarketplaceFilters>): void {
    const search = filtersToSearch({ ...this.filters, ...change });
    this.shown = PAGE;
    navigate(`/marketplace${search ? `?${search}` : ''}`);
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    this.apply({ q: text('q').trim(), kind: text('kind') as MarketplaceFilters['kind'], category: text('category'), group: text('group'), recent: text('recent') as MarketplaceFilters['recent'], within: text('within') as MarketplaceFilters['within'], sort: text('sort') as MarketplaceFilters['sort'] });
  };

  /** "Near me": the device position, rounded, becomes the reference point in the URL. */
  private async nearMe(f: MarketplaceFilters): Promise<void> {
    this.locating = true;
    this.locateProblem = '';
    try {
      const near = nearOf(await currentPoint().then((p) => ({ latitude: Number(p.latitude), longitude: Number(p.longitude) })));
      this.apply({ near, ...(f.within ? {} : { sort: 'nearest' as const }) });
    } catch (error) {
      this.locateProblem =
        error instanceof CurrentPointError && error.reason === 'denied'
          ? msg('Your browser did not allow Mutua to know your location. Allow it in the site settings, or set your place in your profile.')
          : msg('Your location could not be found just now. Try again later, or set your place in your profile.');
    } finally {
      this.locating = false;
    }
  }

  private home() {
    return coordinatesOf(this.market.context?.place);
  }

  private renderDistance(f: MarketplaceFilters) {
    return html`<label>${msg('Distance')}
        <select name="within">
          <option value="" ?selected=${f.within === ''}>${msg('Any distance')}</option>
          ${DISTANCES.map((km) => html`<option value=${km} ?selected=${f.within === km}>${msg(str`Within ${km} km`)}</option>`)}
        </select>
      </label>
      <button type="button" class="near" ?disabled=${this.locating} @click=${() => this.nearMe(f)}>${this.locating ? msg('Finding your location…') : msg('Near me')}</button>`;
  }

  private readonly onChange = (event: Event): void => {
    // Selects apply at once; the text field waits for Enter or the Search button.
    if ((event.target as HTMLElement).tagName === 'SELECT') (event.currentTarget as HTMLFormElement).requestSubmit();
  };

  private groups(): GroupInfo[] {
    return [...(this.market.context?.groups ?? []), ...(this.market.context?.partners ?? [])];
  }

  private renderFilters(f: MarketplaceFilters) {
    const groups = this.groups();
    const categories = new Map<string, string>();
    for (const g of groups) if (!f.group || f.group === g.url) for (const c of g.categories) if (!categories.has(c.url)) categories.set(c.url, c.label);
    return html`<form role="search" @submit=${this.onSubmit} @change=${this.onChange}>
      <div class="search">
        <label for="q">${msg('Search titles and descriptions')}</label>
        <input id="q" name="q" type="search" .value=${f.q} maxlength="200" />
        <button class="primary" type="submit">${msg('Search')}</button>
      </div>
      <div class="filters">
        <label>${msg('Kind')}
          <select name="kind" .value=${f.kind}>
            <option value="" ?selected=${f.kind === ''}>${msg('Offers and wants')}</option>
            <option value="offer" ?selected=${f.kind === 'offer'}>${msg('Offers')}</option>
            <option value="request" ?selected=${f.kind === 'request'}>${msg('Wants')}</option>
          </select>
        </label>
        <label>${msg('Group')}
          <select name="group">
            <option value="" ?selected=${!f.group}>${msg('All my groups and partners')}</option>
            ${groups.map((g) => html`<option value=${g.url} ?selected=${f.group === g.url}>${g.partner ? msg(str`${g.name} (partner)`) : g.name}</option>`)}
          </select>
        </label>
        <label>${msg('Category')}
          <select name="category">
            <option value="" ?selected=${!f.category}>${msg('All categories')}</option>
            ${[...categories].map(([url, label]) => html`<option value=${url} ?selected=${f.category === url}>${label}</option>`)}
          </select>
        </label>
        <label>${msg('Posted')}
          <select name="recent">
            <option value="" ?selected=${f.recent === ''}>${msg('Any time')}</option>
            <option value="7" ?selected=${f.recent === '7'}>${msg('Last 7 days')}</option>
            <option value="30" ?selected=${f.recent === '30'}>${msg('Last 30 days')}</option>
          </select>
        </label>
        <label>${msg('Sort by')}
          <select name="sort">
            <option value="newest" ?selected=${f.sort === 'newest'}>${msg('Newest')}</option>
            <option value="expiring" ?selected=${f.sort === 'expiring'}>${msg('Expiring soon')}</option>
            <option value="title" ?selected=${f.sort === 'title'}>${msg('Title')}</option>
            <option value="nearest" ?selected=${f.sort === 'nearest'}>${msg('Nearest')}</option>
          </select>
        </label>
        ${this.renderDistance(f)}
      </div>
      ${this.locateProblem ? html`<p role="alert" class="error">${this.locateProblem}</p>` : nothing}
      ${f.near
        ? html`<p class="chip">${msg('Distances from the position found with “Near me”.')} <button type="button" @click=${() => this.apply({ near: '' })}>${msg('Measure from my profile place')}</button></p>`
        : nothing}
      ${f.member
        ? html`<p class="chip">${msg('Only offers by one member.')} <button type="button" @click=${() => this.apply({ member: '' })}>${msg('Show everyone’s')}</button></p>`
        : nothing}
    </form>`;
  }

  private renderStatus() {
    const { status, view, error } = this.market;
    if (status === 'error') {
      return html`<div role="alert" class="error">
        <p>${msg('The marketplace could not be loaded.')} ${error?.message ?? ''}</p>
        <p>${msg('Check your connection and try again.')} <button @click=${() => this.dispatchEvent(new Event('mk-reload-requested', { bubbles: true, composed: true }))}>${msg('Try again')}</button></p>
      </div>`;
    }
    if (status === 'context') return html`<p role="status" class="progress">${msg('Reading your groups…')}</p>`;
    if (status === 'indexes') return html`<p role="status" class="progress">${msg(str`Checking signed offers… ${view.entries.length} ready so far.`)}</p>`;
    return html`<p role="status" class="visually-hidden">${msg(str`${view.entries.length} offers and wants loaded.`)}</p>`;
  }

  private renderWarnings() {
    const context = this.market.context;
    const names = new Map(this.groups().map((g) => [new URL('../', g.url).href, g.name]));
    const nameOf = (url: string) => [...names].find(([root]) => url.startsWith(root))?.[1] ?? url;
    const failures = [...(context?.failures ?? []), ...this.market.view.failures];
    if (failures.length === 0) return nothing;
    return html`<div class="warning" role="alert">
      <p>${msg('Some of the marketplace could not be read; everything else is shown.')}</p>
      <ul>
        ${failures.map((f) => html`<li><strong>${nameOf(f.url)}</strong>: ${f.error.message}</li>`)}
      </ul>
      <p>${msg('Try again later, or tell that group’s admin.')} <button @click=${() => this.dispatchEvent(new Event('mk-reload-requested', { bubbles: true, composed: true }))}>${msg('Try again')}</button></p>
    </div>`;
  }

  private renderResults(f: MarketplaceFilters) {
    const { context, view, status } = this.market;
    if (!context) return nothing;
    if (context.groups.length === 0) {
      return html`<p class="empty">${msg('You are not a member of any group yet. Join a group in the directory, then its marketplace shows here.')} <a href="/directory">${msg('Open the directory')}</a></p>`;
    }
    const reference = referencePoint(f, this.home());
    if ((f.within || f.sort === 'nearest') && !reference) {
      return html`<p class="empty">${msg('Set your place in your profile or use your location to filter by distance.')} <a href="/directory/me/edit">${msg('Edit your profile')}</a></p>`;
    }
    const results = queryMarketplace(view.entries, queryOf(f, new Date(), reference));
    if (view.entries.length === 0 && status === 'done') {
      return html`<p class="empty">${msg('No offers or wants yet in your groups. Be the first:')} <a href="/marketplace/new">${msg('post an offer or a want')}</a></p>`;
    }
    if (results.length === 0 && status === 'done') {
      return html`<p class="empty">${msg('Nothing matches these filters.')} <a href="/marketplace">${msg('Clear all filters')}</a></p>`;
    }
    const groups = new Map(this.groups().map((g) => [g.url, g]));
    return html`<div class="bar">
        <p>${msg(str`${results.length} results`)}</p>
        <div role="group" aria-label=${msg('View')}>
          <button aria-pressed=${f.view === 'grid'} @click=${() => this.apply({ view: 'grid' })}>${msg('Grid')}</button>
          <button aria-pressed=${f.view === 'list'} @click=${() => this.apply({ view: 'list' })}>${msg('List')}</button>
        </div>
      </div>
      <ul class=${f.view}>
        ${results.slice(0, this.shown).map((entry) => html`<li><mk-offer-card .entry=${entry} .group=${groups.get(entry.group)} .mode=${f.view} .distanceKm=${entryDistanceKm(entry, reference)}></mk-offer-card></li>`)}
      </ul>
      ${results.length > this.shown ? html`<button class="more" @click=${() => (this.shown += PAGE)}>${msg(str`Show more (${results.length - this.shown} left)`)}</button>` : nothing}`;
  }

  override render() {
    const f = this.filters;
    return html`<h1>${msg('Marketplace')}</h1>
      ${this.renderFilters(f)} ${this.renderStatus()} ${this.renderWarnings()} ${this.renderResults(f)}
      <mk-diagnostics .diagnostics=${this.market.view.diagnostics}></mk-diagnostics>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-browse': MkBrowse;
  }
}
