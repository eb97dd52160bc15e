import type { Quad } from 'n3';
import { DataFactory } from 'n3';
import { DCTERMS, MUTUA, RDF, XSD } from '../vocab/terms.generated.js';
import type { VoteInput } from './vote-input.js';

const { quad, namedNode, literal } = DataFactory;

/** Who votes on what, when: everything of a vote besides the choice. */
export interface VoteHeader {
  /** The vote's IRI in the voter's pod (`…/mutua/votes/<id>#it`). */
  readonly url: string;
  readonly proposal: string;
  readonly voter: string;
  readonly group: string;
  /** xsd:dateTime with a time zone. */
  readonly created: string;
}

const CHOICE_IRI = { yes: MUTUA.Yes, no: MUTUA.No, abstain: MUTUA.Abstain } as const;
const RESPONSE_IRI = { consent: MUTUA.Agree, 'stand-aside': MUTUA.StandAside, block: MUTUA.Block } as const;

/** The unsigned triples of a vote record (shape: shapes/vote.ttl, without its proof). */
export function voteQuads(header: VoteHeader, input: VoteInput): Quad[] {
  const doc = header.url.replace(/#.*$/, '');
  const it = namedNode(header.url);
  const out: Quad[] = [];
  const add = (s: string, p: string, o: ReturnType<typeof namedNode> | ReturnType<typeof literal>): void => {
    out.push(quad(namedNode(s), namedNode(p), o) as Quad);
  };
  add(it.value, RDF.type, namedNode(MUTUA.Vote));
  add(it.value, MUTUA.proposal, namedNode(header.proposal));
  add(it.value, MUTUA.voter, namedNode(header.voter));
  add(it.value, MUTUA.group, namedNode(header.group));
  add(it.value, DCTERMS.created, literal(header.created, namedNode(XSD.dateTime)));
  switch (input.method) {
    case 'yes-no':
      add(it.value, MUTUA.choice, namedNode(CHOICE_IRI[input.choice]));
      break;
    case 'consent':
      add(it.value, MUTUA.choice, namedNode(RESPONSE_IRI[input.response]));
      if (input.reason !== undefined && input.reason.trim() !== '') add(it.value, MUTUA.reason, literal(input.reason.trim()));
      break;
    case 'approval':
      for (const option of input.approves) add(it.value, MUTUA.approves, namedNode(option));
      break;
    case 'ranked-choice':
      input.ranking.forEach((option, index) => {
        const node = `${doc}#rank-${index + 1}`;
        add(it.value, MUTUA.rankedChoice, namedNode(node));
        add(node, RDF.type, namedNode(MUTUA.RankedChoice));
        add(node, MUTUA.forOption, namedNode(option));
        add(node, MUTUA.rank, literal(String(index + 1), namedNode(XSD.integer)));
      });
      break;
    case 'score':
      Object.entries(input.scores).forEach(([option, score], index) => {
        const node = `${doc}#score-${index + 1}`;
        add(it.value, MUTUA.scoredChoice, namedNode(node));
        add(node, RDF.type, namedNode(MUTUA.ScoredChoice));
        add(node, MUTUA.forOption, namedNode(option));
        add(node, MUTUA.score, literal(String(score), namedNode(XSD.integer)));
      });
      break;
  }
  return out;
}
