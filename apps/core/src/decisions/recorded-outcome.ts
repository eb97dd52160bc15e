import type { Quad } from 'n3';
import { DataFactory } from 'n3';
import { XSD } from '../vocab/terms.generated.js';
import type { Outcome } from './tally.js';

const { quad, namedNode, literal } = DataFactory;

// schema.org terms not (yet) in the generated vocabulary constants.
const SCHEMA_ABOUT = 'https://schema.org/about';
const SCHEMA_RESULT = 'https://schema.org/result';
const SCHEMA_SHA256 = 'https://schema.org/sha256';
const SCHEMA_END_TIME = 'https://schema.org/endTime';
const SCHEMA_USER_INTERACTION_COUNT = 'https://schema.org/userInteractionCount';

/** What closing a proposal recorded: the outcome, when, and the hash of the votes it counted. */
export interface RecordedOutcome {
  /** 'passed' | 'rejected' | 'blocked' | 'tie' | 'no-quorum', or the winning option's IRI. */
  readonly result: string;
  readonly closedAt: string;
  /** Hex SHA-256 of the counted votes (see countedVotesDigestInput); anyone can recompute it. */
  readonly countedVotesSha256: string;
  readonly countedVotes: number;
}

/** The outcome as the text stored in a recorded outcome. */
export function outcomeResult(outcome: Outcome): string {
  return typeof outcome === 'string' ? outcome : outcome.winner;
}

/** Triples of the outcome node (`<proposal-doc#outcome>`), stored in the proposal's document. */
export function recordedOutcomeQuads(proposalUrl: string, recorded: RecordedOutcome): Quad[] {
  const node = namedNode(`${proposalUrl.replace(/#.*$/, '')}#outcome`);
  const result = /^https?:/.test(recorded.result) ? namedNode(recorded.result) : literal(recorded.result);
  return [
    quad(node, namedNode(SCHEMA_ABOUT), namedNode(proposalUrl)),
    quad(node, namedNode(SCHEMA_RESULT), result),
    quad(node, namedNode(SCHEMA_END_TIME), literal(recorded.closedAt, namedNode(XSD.dateTime))),
    quad(node, namedNode(SCHEMA_SHA256), literal(recorded.countedVotesSha256)),
    quad(node, namedNode(SCHEMA_USER_INTERACTION_COUNT), literal(String(recorded.countedVotes), namedNode(XSD.integer))),
  ] as Quad[];
}

/** Reads the recorded outcome of a proposal's document, if it was closed by Mutua. */
export function readRecordedOutcome(proposalUrl: string, quads: readonly Quad[]): RecordedOutcome | undefined {
  const node = `${proposalUrl.replace(/#.*$/, '')}#outcome`;
  const value = (p: string) => quads.find((q) => q.subject.value === node && q.predicate.value === p)?.object.value;
  const result = value(SCHEMA_RESULT);
  const closedAt = value(SCHEMA_END_TIME);
  const hash = value(SCHEMA_SHA256);
  if (result === undefined || closedAt === undefined || hash === undefined) return undefined;
  return { result, closedAt, countedVotesSha256: hash, countedVotes: Number(value(SCHEMA_USER_INTERACTION_COUNT) ?? 0) };
}
