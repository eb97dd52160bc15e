/** One seeded account on the test pod server. */
export interface SeededAccount {
  email: string;
  password: string;
  webId: string;
  podUrl: string;
}

/** What the global setup tells every test about the pod server it started. */
export interface PodServerInfo {
  baseUrl: string;
  /** Keyed by pod name: alice, bruno, camille, … and the group pods sel-val-de-saone, banco-tiempo-lavapies. */
  accounts: Record<string, SeededAccount>;
}
