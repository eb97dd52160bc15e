import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCATION_CHANGED_EVENT } from './navigate.js';

/** Re-renders its host whenever the page URL changes (links, back and forward, `navigate`). */
export class LocationController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The current page URL. */
  get url(): URL {
    return new URL(window.location.href);
  }

  /** The current query parameters, for filters that live in the URL. */
  get searchParams(): URLSearchParams {
    return this.url.searchParams;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.changed);
    window.addEventListener(LOCATION_CHANGED_EVENT, this.changed);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.changed);
    window.removeEventListener(LOCATION_CHANGED_EVENT, this.changed);
  }

  private readonly changed = (): void => this.host.requestUpdate();
}
