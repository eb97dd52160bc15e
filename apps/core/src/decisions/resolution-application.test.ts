import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { MUTUA, RDF } from '../vocab/terms.generated.js';
import { validateRecord } from '../validation/create-validator.js';
import {
  readResolutionApplication,
  resolutionApplicationQuads,
  withoutApplication,
  type ResolutionApplication,
} from './resolution-application.js';

const PROPOSAL = 'https://pods.example/brixton-lets/decisions/p1/proposal#it';

const applied: ResolutionApplication = {
  action: 'https://pods.example/brixton-lets/decisions/p1/proposal#action',
  status: 'applied',
  agent: 'https://pods.example/brixton-lets/profile/card#me',
  startedAt: '2026-04-15T20:00:05Z',
  endedAt: '2026-04-15T20:00:06Z',
  resultingValue: -30000,
};

describe('resolutionApplicationQuads', () => {
  it('reads back what it wrote, for an applied, a failed and a boolean result', () => {
    const failed: ResolutionApplication = {
      ...applied,
      status: 'failed',
      resultingValue: undefined,
      failureReason: 'The decided value is not allowed: too low',
    } as ResolutionApplication;
    const { resultingValue: _dropped, ...failedClean } = failed;
    for (const record of [applied, failedClean, { ...applied, resultingValue: true }]) {
      expect(readResolutionApplication(PROPOSAL, resolutionApplicationQuads(PROPOSAL, record))).toEqual(record);
    }
  });

  it('writes integers and booleans with their XML Schema datatypes', () => {
    const value = resolutionApplicationQuads(PROPOSAL, applied).find((q) =>
      q.predicate.value.endsWith('#resultingValue'),
    );
    expect(value?.object).toMatchObject({
      value: '-30000',
      datatype: { value: 'http://www.w3.org/2001/XMLSchema#integer' },
    });
  });

  it('is removed whole by withoutApplication, link included', () => {
    expect(withoutApplication(PROPOSAL, resolutionApplicationQuads(PROPOSAL, applied))).toEqual([]);
  });

  it('conforms to the application shape when attached to a proposal', () => {
    const quads = resolutionApplicationQuads(PROPOSAL, applied);
    const typed = DataFactory.quad(
      DataFactory.namedNode(PROPOSAL),
      DataFactory.namedNode(RDF.type),
      DataFactory.namedNode(MUTUA.DecisionProposal),
    );
    // The proposal's other fields are absent, so only the application's own problems matter here.
    const problemsOf = (q: typeof quads) =>
      validateRecord([typed, ...q], 'proposal').results.filter((r) => r.path === MUTUA.application);
    expect(problemsOf(quads)).toEqual([]);
    const { resultingValue: _value, ...withoutValue } = applied;
    expect(problemsOf(resolutionApplicationQuads(PROPOSAL, withoutValue))).toHaveLength(1);
  });
});
