/** The help text of the `mutua` command. */
export const USAGE = `mutua: questions across a Mutua network's pods, in SPARQL; a steward for group hosts

Usage:
  mutua query --from <url>... (--query <name> | --file <query.rq> | --sparql <text>) [options]
  mutua harvest --from <url>... --out <file.nq> [options]
  mutua query --engine store --store <file.nq> (--query <name> | --file | --sparql) [--format]
  mutua queries            list the ready-made queries
  mutua steward --from <group IRI>... --client-id … --client-secret … --issuer … [--interval <s>]
                           carry out members' signed Leaves within seconds and republish the
                           public page and feeds when news changes (runs until Ctrl-C; the
                           credentials are the group account's or an admin's)

Start URLs (--from, repeatable) are group IRIs (…/profile/card#group) or member WebIDs.

Options:
  --engine index|traversal|store  index (default): follow Mutua's indexes (group card, members
                                  list, marketplace index, ledger, decisions, type indexes), then
                                  query in memory; traversal: Comunica link traversal; store: a
                                  file written by \`mutua harvest\`
  --format table|csv|json|turtle  table (default), CSV, SPARQL JSON results, Turtle (CONSTRUCT)
  --no-partners                   do not follow groups' partner groups
  --client-id, --client-secret, --issuer
                                  log in with Solid-OIDC client credentials to read what that
                                  account may read (or MUTUA_CLIENT_ID, MUTUA_CLIENT_SECRET,
                                  MUTUA_ISSUER); anonymous otherwise
  --interval <seconds>            steward: pause between two looks at each group's inbox (2)
  --quiet                         no progress or summary on stderr
  --help
`;
