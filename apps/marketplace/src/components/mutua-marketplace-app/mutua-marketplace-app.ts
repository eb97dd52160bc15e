import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LocationController, sessionContext, type SessionState } from '@mutua/elements';
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { MarketplaceController } from '../../controllers/marketplace-controller.js';
import '../mk-browse/mk-browse.js';
import '../mk-offer-page/mk-offer-page.js';
import '../mk-offer-form/mk-offer-form.js';
import '../mk-my-offers/mk-my-offers.js';
import { styles } from './mutua-marketplace-app.styles.js';

/** The marketplace app below `/marketplace`: browse, one offer, new/edit form, my offers. */
@localized()
@customElement('mutua-marketplace-app')
export class MutuaMarketplaceApp extends LitElement {
  static override styles = styles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: SessionState | undefined;

  private readonly location = new LocationController(this);
  private readonly market = new MarketplaceController(this);

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session' as keyof MutuaMarketplaceApp) && this.session?.isLoggedIn) this.market.ensure(this.session.webId, this.session.fetch);
  }

  private readonly reload = (): void => {
    if (this.session) void this.market.reload(this.session.fetch);
  };

  private page() {
    const path = this.location.url.pathname.replace(/\/+$/, '');
    const params = this.location.searchParams;
    const session = this.session!;
    switch (path) {
      case '/marketplace/offer':
        return html`<mk-offer-page .session=${session} .market=${this.market} .revision=${this.market.revision} .offerUrl=${params.get('url') ?? ''} .listedIn=${params.get('group') ?? ''}></mk-offer-page>`;
      case '/marketplace/new':
        return html`<mk-offer-form .session=${session} .market=${this.market} .revision=${this.market.revision} @mk-offer-saved=${this.reload}></mk-offer-form>`;
      case '/marketplace/edit':
        return html`<mk-offer-form .session=${session} .market=${this.market} .revision=${this.market.revision} .offerUrl=${params.get('url') ?? ''} @mk-offer-saved=${this.reload}></mk-offer-form>`;
      case '/marketplace/mine':
        return html`<mk-my-offers .session=${session} .market=${this.market} .revision=${this.market.revision} @mk-offer-changed=${this.reload}></mk-my-offers>`;
      default:
        return html`<mk-browse .market=${this.market} .revision=${this.market.revision} .filtersSearch=${this.location.url.search} @mk-reload-requested=${this.reload}></mk-browse>`;
    }
  }

  override render() {
    if (!this.session?.isLoggedIn) {
      return html`<p role="status">${msg('Log in to see the marketplace of your groups.')}</p>`;
    }
    const path = this.location.url.pathname.replace(/\/+$/, '');
    const current = (p: string) => (path === p ? 'page' : undefined);
    return html`<nav aria-label=${msg('Marketplace')}>
        <a href="/marketplace" aria-current=${current('/marketplace') ?? 'false'}>${msg('Browse')}</a>
        <a href="/marketplace/new" aria-current=${current('/marketplace/new') ?? 'false'}>${msg('Post an offer or want')}</a>
        <a href="/marketplace/mine" aria-current=${current('/marketplace/mine') ?? 'false'}>${msg('My offers and messages')}</a>
      </nav>
      ${this.page()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-marketplace-app': MutuaMarketplaceApp;
  }
}
