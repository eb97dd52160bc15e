import { DataFactory, type Quad } from 'n3';
import { MUTUA, RDF, SCHEMA, XSD } from '../vocab/terms.generated.js';

const { quad, namedNode, literal } = DataFactory;

/** Where carrying out an adopted action stands. */
export type ApplicationStatus = 'applying' | 'applied' | 'failed';

const STATUS_IRI: Readonly<Record<ApplicationStatus, string>> = {
  applying: MUTUA.Applying,
  applied: MUTUA.Applied,
  failed: MUTUA.ApplicationFailed,
};

/** The record, in the proposal's document (`<#application>`), of applying its adopted action. */
export interface ResolutionApplication {
  /** IRI of the action applied (`…/proposal#action` or an option's action). */
  readonly action: string;
  readonly status: ApplicationStatus;
  /** WebID of the agent that claimed and carried it out: an admin, or the group account's steward. */
  readonly agent: string;
  readonly startedAt: string;
  readonly endedAt?: string;
  /** The setting's value read back after applying. */
  readonly resultingValue?: number | boolean;
  /** Why it failed, in words a person can act on. */
  readonly failureReason?: string;
}

/** The application node's IRI in a proposal's document. */
export function applicationNodeOf(proposalUrl: string): string {
  return `${proposalUrl.replace(/#.*$/, '')}#application`;
}

/** Triples of the application record, including the proposal's link to it. */
export function resolutionApplicationQuads(proposalUrl: string, application: ResolutionApplication): Quad[] {
  const node = namedNode(applicationNodeOf(proposalUrl));
  const p = (iri: string) => namedNode(iri);
  const out = [
    quad(namedNode(proposalUrl), p(MUTUA.application), node),
    quad(node, p(RDF.type), p(MUTUA.ResolutionApplication)),
    quad(node, p(MUTUA.appliedAction), namedNode(application.action)),
    quad(node, p(MUTUA.status), p(STATUS_IRI[application.status])),
    quad(node, p(SCHEMA.agent), namedNode(application.agent)),
    quad(node, p(SCHEMA.startTime), literal(application.startedAt, p(XSD.dateTime))),
  ];
  if (application.endedAt !== undefined)
    out.push(quad(node, p(SCHEMA.endTime), literal(application.endedAt, p(XSD.dateTime))));
  if (application.resultingValue !== undefined) {
    const datatype = typeof application.resultingValue === 'boolean' ? XSD.boolean : XSD.integer;
    out.push(quad(node, p(MUTUA.resultingValue), literal(String(application.resultingValue), p(datatype))));
  }
  if (application.failureReason !== undefined)
    out.push(quad(node, p(MUTUA.failureReason), literal(application.failureReason)));
  return out as Quad[];
}

/** The document's quads without any application record, ready to receive a new one. */
export function withoutApplication(proposalUrl: string, quads: readonly Quad[]): Quad[] {
  const node = applicationNodeOf(proposalUrl);
  return quads.filter((q) => q.subject.value !== node && q.predicate.value !== MUTUA.application);
}

/** Reads the application record of a proposal's document, if any. */
export function readResolutionApplication(
  proposalUrl: string,
  quads: readonly Quad[],
): ResolutionApplication | undefined {
  const node = applicationNodeOf(proposalUrl);
  const term = (p: string) => quads.find((q) => q.subject.value === node && q.predicate.value === p)?.object;
  const action = term(MUTUA.appliedAction)?.value;
  const statusIri = term(MUTUA.status)?.value;
  const agent = term(SCHEMA.agent)?.value;
  const startedAt = term(SCHEMA.startTime)?.value;
  const status = (Object.keys(STATUS_IRI) as ApplicationStatus[]).find((s) => STATUS_IRI[s] === statusIri);
  if (action === undefined || status === undefined || agent === undefined || startedAt === undefined) return undefined;
  const endedAt = term(SCHEMA.endTime)?.value;
  const value = term(MUTUA.resultingValue);
  const failureReason = term(MUTUA.failureReason)?.value;
  const resultingValue =
    value === undefined
      ? undefined
      : value.value === 'true' || value.value === 'false'
        ? value.value === 'true'
        : Number(value.value);
  return {
    action,
    status,
    agent,
    startedAt,
    ...(endedAt !== undefined ? { endedAt } : {}),
    ...(resultingValue !== undefined ? { resultingValue } : {}),
    ...(failureReason !== undefined ? { failureReason } : {}),
  };
}
