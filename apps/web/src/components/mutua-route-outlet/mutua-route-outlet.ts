import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { AppRoute } from '../../routes/app-route.js';
import '../mutua-error-message/mutua-error-message.js';

/** Loads the app a route names and renders its root element; a failed load says so and offers a retry. */
@localized()
@customElement('mutua-route-outlet')
export class MutuaRouteOutlet extends LitElement {
  @property({ attribute: false }) route: AppRoute | undefined;

  private readonly loading = new Task(this, {
    task: async ([route]: readonly [AppRoute | undefined]) => {
      if (route) await route.load();
      return route;
    },
    args: () => [this.route] as const,
  });

  override render() {
    return this.loading.render({
      pending: () =>
        html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('Opening…')}</p>`,
      error: (error) =>
        html`<mutua-error-message .error=${error} summary=${msg('This app could not be loaded.')}>
          <button type="button" @click=${() => this.loading.run()}>${msg('Try again')}</button>
        </mutua-error-message>`,
      // The tag comes from the app route table in this repository, never from the URL.
      complete: (route) =>
        route ? staticHtml`<${unsafeStatic(route.tagName)}></${unsafeStatic(route.tagName)}>` : nothing,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mutua-route-outlet': MutuaRouteOutlet;
  }
}
