/**
 * A synthetic Mutua network written straight into a Community Solid Server file-backend folder:
 * the same layout the apps write (group card, currency, categories, members list, marketplace
 * index, hash-chained ledger entries and their pages, proposals with rolls and ballot snapshots; member WebIDs, type
 * indexes and offers), all public-read so the engines can be compared without logins. The
 * model it returns is the known answer each query is checked against.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { serializeEntry } from '../../../apps/core/src/ledger/entry-document.js';
import { ENTRIES_PER_PAGE, entryUrl, pageUrl } from '../../../apps/core/src/ledger/group-ledger-layout.js';
import { serializePage } from '../../../apps/core/src/ledger/ledger-page.js';
import type { LogEntry } from '../../../apps/core/src/ledger/log-entry.js';
import { nextLogEntry } from '../../../apps/core/src/ledger/next-log-entry.js';

export interface NetworkSize {
  readonly groups: number;
  readonly membersPerGroup: number;
  readonly offersPerMember: number;
  readonly transfersPerGroup: number;
  readonly proposalsPerGroup: number;
}

export interface SyntheticTransfer {
  readonly group: number;
  readonly payer: number;
  readonly payee: number;
  readonly amount: number;
  readonly month: string;
}

export interface SyntheticNetwork {
  readonly size: NetworkSize;
  readonly groupIris: readonly string[];
  readonly groupNames: readonly string[];
  readonly transfers: readonly SyntheticTransfer[];
  /** Per group, per category: [offers, wants]. */
  readonly listings: ReadonlyArray<ReadonlyMap<string, [number, number]>>;
  /** Per group, per proposal index: distinct voters. */
  readonly voters: ReadonlyArray<readonly number[]>;
  readonly documents: number;
}

export const CATEGORIES = ['home', 'food', 'care', 'learning', 'tech', 'transport', 'garden', 'crafts'];
const PREFIXES = `@prefix mutua: <https://w3id.org/mutua/ns#> .
@prefix vf: <https://w3id.org/valueflows/ont/vf#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix solid: <http://www.w3.org/ns/solid/terms#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix acl: <http://www.w3.org/ns/auth/acl#> .
`;

/** Writes the network under `root` (a CSS file-backend folder) for a server at `baseUrl`. */
export async function writeSyntheticNetwork(
  root: string,
  baseUrl: string,
  size: NetworkSize,
): Promise<SyntheticNetwork> {
  let documents = 0;
  const write = async (path: string, turtle: string): Promise<void> => {
    // CSS's file backend keeps an extension-less RDF document `x` as the file `x$.ttl`.
    const file = join(root, path.endsWith('/.acl') ? path : `${path}$.ttl`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, PREFIXES + turtle);
    documents += 1;
  };
  const publicAcl = (container: string): Promise<void> =>
    write(
      `${container}/.acl`,
      `<#public> a acl:Authorization ; acl:agentClass foaf:Agent ; acl:accessTo <./> ; acl:default <./> ; acl:mode acl:Read .\n`,
    );
  await publicAcl('');

  const member = (group: number, index: number): string => `m${group}-${index}`;
  const webId = (pod: string): string => `${baseUrl}${pod}/profile/card#me`;
  const groupIris: string[] = [];
  const groupNames: string[] = [];
  const transfers: SyntheticTransfer[] = [];
  const listings: Map<string, [number, number]>[] = [];
  const voters: number[][] = [];
  let seed = 42;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  for (let g = 0; g < size.groups; g++) {
    const pod = `g${g}`;
    const root_ = `${baseUrl}${pod}/`;
    const group = `${root_}profile/card#group`;
    const name = `Group ${g}`;
    groupIris.push(group);
    groupNames.push(name);
    const partner = `${baseUrl}g${(g + 1) % size.groups}/profile/card#group`;
    await write(
      `${pod}/profile/card`,
      `<#group> a mutua:Group ; schema:name "${name}" ; mutua:currency <currency#it> ; mutua:categoryScheme <categories#scheme> ;
  mutua:memberships <../members/> ; mutua:partnerGroup <${partner}> ; solid:publicTypeIndex <../settings/publicTypeIndex> .\n`,
    );
    await write(
      `${pod}/profile/currency`,
      `<#it> a mutua:Currency ; schema:name "Hours ${g}" ; mutua:symbol "H${g}" ; mutua:decimals 2 ; mutua:group <card#group> .\n`,
    );
    await write(
      `${pod}/profile/categories`,
      `<#scheme> a skos:ConceptScheme .\n${CATEGORIES.map((c) => `<#${c}> a skos:Concept ; skos:inScheme <#scheme> ; skos:prefLabel "${c}"@en .`).join('\n')}\n`,
    );
    // The group's own type index: how a generic Solid client finds its marketplace, ledger and decisions.
    await write(
      `${pod}/settings/publicTypeIndex`,
      `<> a solid:TypeIndex, solid:ListedDocument .
<#market> a solid:TypeRegistration ; solid:forClass mutua:MarketplaceEntry ; solid:instanceContainer <../marketplace/> .
<#ledger> a solid:TypeRegistration ; solid:forClass mutua:LedgerEntry ; solid:instanceContainer <../ledger/> .
<#decisions> a solid:TypeRegistration ; solid:forClass mutua:DecisionProposal ; solid:instanceContainer <../decisions/> .\n`,
    );
    await publicAcl(pod);

    const counts = new Map<string, [number, number]>();
    const entries: string[] = [];
    for (let m = 0; m < size.membersPerGroup; m++) {
      const mpod = member(g, m);
      await write(
        `${pod}/members/${mpod}`,
        `<#it> a mutua:Membership ; mutua:group <${group}> ; mutua:member <${webId(mpod)}> ; mutua:status mutua:Active ; mutua:role mutua:MemberRole .\n`,
      );
      await write(
        `${mpod}/profile/card`,
        `<#me> a foaf:Person ; foaf:name "Member ${g}-${m}" ; solid:publicTypeIndex <../settings/publicTypeIndex> .\n`,
      );
      await write(
        `${mpod}/settings/publicTypeIndex`,
        `<> a solid:TypeIndex, solid:ListedDocument .\n<#offers> a solid:TypeRegistration ; solid:forClass vf:Proposal ; solid:instanceContainer <../mutua/offers/> .\n`,
      );
      await publicAcl(mpod);
      for (let o = 0; o < size.offersPerMember; o++) {
        const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
        const want = random() < 0.3;
        const offer = `${baseUrl}${mpod}/mutua/offers/o${o}#it`;
        await write(
          `${mpod}/mutua/offers/o${o}`,
          `<#it> a vf:Proposal ; vf:purpose ${want ? 'vf:request' : 'vf:offer'} ; vf:name "Listing ${o} of ${mpod}" ; vf:proposedTo <${group}> ;
  vf:publishes <#intent> ; dcterms:creator <${webId(mpod)}> .
<#intent> a vf:Intent ; vf:resourceClassifiedAs <${root_}profile/categories#${category}> .\n`,
        );
        entries.push(`<#${mpod}-o${o}> a mutua:MarketplaceEntry ; mutua:offer <${offer}> ; dcterms:title "Listing ${o} of ${mpod}" ; mutua:kind ${want ? 'vf:request' : 'vf:offer'} ;
  dcterms:subject <${root_}profile/categories#${category}> ; dcterms:creator <${webId(mpod)}> ; mutua:group <${group}> ; schema:expires "2099-01-01T00:00:00Z"^^xsd:dateTime .`);
        const count = counts.get(category) ?? [0, 0];
        count[want ? 1 : 0] += 1;
        counts.set(category, count);
      }
    }
    listings.push(counts);
    await write(`${pod}/marketplace/index`, `${entries.join('\n')}\n`);

    // As the ledger writes them (decision 0025): N-Quads served as text/plain, which CSS's file
    // backend keeps as `x$.txt`. Hashes are real (the crawl checks pages against them); the
    // records are unsigned, which no query looks at.
    const writeText = async (url: string, text: string): Promise<void> => {
      const file = join(root, `${url.slice(baseUrl.length)}$.txt`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
      documents += 1;
    };
    const ledger: LogEntry[] = [];
    for (let t = 0; t < size.transfersPerGroup; t++) {
      const payer = Math.floor(random() * size.membersPerGroup);
      const payee = (payer + 1 + Math.floor(random() * (size.membersPerGroup - 1))) % size.membersPerGroup;
      const amount = 25 * (1 + Math.floor(random() * 40));
      const month = `2026-${String(1 + (t % 9)).padStart(2, '0')}`;
      transfers.push({ group: g, payer, payee, amount, month });
      const transfer = `<${root_}ledger/transfers/t${t}#it>`;
      const M = (term: string): string => `<https://w3id.org/mutua/ns#${term}>`;
      const lines = [
        `${transfer} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ${M('Transfer')} .`,
        `${transfer} ${M('payer')} <${webId(member(g, payer))}> .`,
        `${transfer} ${M('payee')} <${webId(member(g, payee))}> .`,
        `${transfer} ${M('amount')} "${amount}"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
        `${transfer} ${M('group')} <${group}> .`,
        `${transfer} <http://purl.org/dc/terms/created> "${month}-15T12:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`,
        `${transfer} ${M('status')} ${M('Completed')} .`,
      ];
      const record = new Parser({ format: 'N-Triples' }).parse(lines.join('\n')) as Quad[];
      const entry = await nextLogEntry(ledger[ledger.length - 1], record, {
        transfer: transfer.slice(1, -1),
        created: `${month}-15T12:00:00Z`,
      });
      ledger.push(entry);
      const url = entryUrl(group, t);
      await writeText(url, serializeEntry(entry, url, group));
    }
    // Full pages, as the member who fills a page's last position writes them.
    for (let page = 0; (page + 1) * ENTRIES_PER_PAGE <= ledger.length; page++) {
      await writeText(
        pageUrl(group, page),
        serializePage(ledger.slice(page * ENTRIES_PER_PAGE, (page + 1) * ENTRIES_PER_PAGE), group),
      );
    }

    const groupVoters: number[] = [];
    for (let p = 0; p < size.proposalsPerGroup; p++) {
      const container = `${pod}/decisions/p${p}`;
      const proposal = `${root_}decisions/p${p}/proposal#it`;
      await write(
        `${container}/proposal`,
        `<#it> a mutua:DecisionProposal ; dcterms:title "Proposal ${p} of ${name}" ; mutua:votingMethod mutua:YesNoAbstain ; mutua:status mutua:Closed ; mutua:group <${group}> .\n`,
      );
      // The roll: every member of the group may vote (keys left out: no query checks signatures).
      await write(
        `${container}/roll`,
        Array.from(
          { length: size.membersPerGroup },
          (_, m) =>
            `<#m${m + 1}> a mutua:Membership ; mutua:member <${webId(member(g, m))}> ; mutua:role mutua:MemberRole .`,
        ).join('\n') + '\n',
      );
      const voting = new Set<number>();
      const snapshots: string[] = [];
      for (let v = 0; v < size.membersPerGroup; v++) {
        if (random() > 0.4) continue;
        voting.add(v);
        const text = `<${baseUrl}${member(g, v)}/mutua/votes/p${p}#it> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/mutua/ns#Vote> .\n<${baseUrl}${member(g, v)}/mutua/votes/p${p}#it> <https://w3id.org/mutua/ns#proposal> <${proposal}> .\n<${baseUrl}${member(g, v)}/mutua/votes/p${p}#it> <https://w3id.org/mutua/ns#voter> <${webId(member(g, v))}> .\n`;
        const digest = createHash('sha256').update(text).digest('hex');
        snapshots.push(`<#s-${digest}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ${JSON.stringify(text)} .`);
      }
      await write(`${container}/ballots`, `${snapshots.join('\n')}\n`);
      groupVoters.push(voting.size);
    }
    voters.push(groupVoters);
  }
  return { size, groupIris, groupNames, transfers, listings, voters, documents };
}
