/** Runtime settings the web server hands the app at `/config.json`. */
export interface AppConfig {
  /** Solid-OIDC issuer of the bundled pod server, offered as the default login. */
  readonly issuer: string;
}
