import type { Quad } from 'n3';
import { DCTERMS, MUTUA, RDF } from '../vocab/terms.generated.js';

/** A vote as its triples state it, the choice in the tally's form (still to be checked by the tally). */
export interface VoteClaim {
  readonly url: string;
  readonly proposal: string;
  readonly voter: string;
  readonly castAt: string;
  readonly choice: unknown;
  readonly reason?: string;
}

const FIXED: Readonly<Record<string, unknown>> = {
  [MUTUA.Yes]: 'yes',
  [MUTUA.No]: 'no',
  [MUTUA.Abstain]: 'abstain',
};

/** Reads the one mutua:Vote in `quads` into a claim; undefined when there is not exactly one vote with a voter and time. */
export function readVoteQuads(quads: readonly Quad[]): VoteClaim | undefined {
  const votes = quads.filter((q) => q.predicate.value === RDF.type && q.object.value === MUTUA.Vote);
  if (votes.length !== 1) return undefined;
  const url = (votes[0] as Quad).subject.value;
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const list = bySubject.get(q.subject.value);
    if (list) list.push(q);
    else bySubject.set(q.subject.value, [q]);
  }
  const own = bySubject.get(url) ?? [];
  const values = (p: string, list: readonly Quad[] = own): string[] => list.filter((q) => q.predicate.value === p).map((q) => q.object.value);
  const [voter] = values(MUTUA.voter);
  const [proposal] = values(MUTUA.proposal);
  const [castAt] = values(DCTERMS.created);
  if (voter === undefined || proposal === undefined || castAt === undefined) return undefined;
  const reason = values(MUTUA.reason)[0];
  const claim = { url, proposal, voter, castAt, ...(reason !== undefined ? { reason } : {}) };
  return { ...claim, choice: choiceOf(own, bySubject, reason) };
}

function choiceOf(own: readonly Quad[], bySubject: ReadonlyMap<string, Quad[]>, reason: string | undefined): unknown {
  const of = (p: string) => own.filter((q) => q.predicate.value === p).map((q) => q.object.value);
  const fixed = of(MUTUA.choice);
  if (fixed.length > 0) {
    if (fixed.length > 1) return fixed;
    const value = fixed[0] as string;
    if (value === MUTUA.Agree) return { response: 'consent' };
    if (value === MUTUA.StandAside) return reason !== undefined ? { response: 'stand-aside', reason } : { response: 'stand-aside' };
    if (value === MUTUA.Block) return reason !== undefined ? { response: 'block', reason } : { response: 'block' };
    return FIXED[value] ?? value;
  }
  const approves = of(MUTUA.approves);
  if (approves.length > 0) return approves;
  const nodeValue = (node: string, p: string) => (bySubject.get(node) ?? []).find((q) => q.predicate.value === p)?.object.value;
  const ranked = of(MUTUA.rankedChoice);
  if (ranked.length > 0) {
    const pairs = ranked.map((n) => ({ option: nodeValue(n, MUTUA.forOption), rank: Number(nodeValue(n, MUTUA.rank)) }));
    return pairs.sort((a, b) => a.rank - b.rank).map((p) => p.option);
  }
  const scored = of(MUTUA.scoredChoice);
  if (scored.length > 0) {
    const scores: Record<string, unknown> = {};
    for (const n of scored) scores[nodeValue(n, MUTUA.forOption) ?? ''] = Number(nodeValue(n, MUTUA.score));
    return scores;
  }
  return undefined;
}
