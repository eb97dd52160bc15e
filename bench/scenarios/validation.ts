/** Validation speed: 10,000 offer records through the compiled fast path and through rdf-validate-shacl. */
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import {
  compileShapes,
  createEngineValidator,
  createValidator,
  shapeQuads,
} from '../../apps/core/src/validation/index.js';
import { defineScenario } from '../lib/scenario.js';
import { measure, round, timeOnce } from '../lib/timing.js';

const CATEGORIES = ['repairs', 'garden', 'childcare', 'lessons', 'transport', 'food', 'tools', 'crafts'];

/** Turtle of the i-th synthetic offer; every tenth one is broken (a javascript: image). */
function offerTurtle(i: number): string {
  const member = `https://pods.example/member-${i % 1000}`;
  const want = i % 3 === 0;
  const broken = i % 10 === 9;
  return `@prefix vf: <https://w3id.org/valueflows/ont/vf#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix mutua: <https://w3id.org/mutua/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<#it> a vf:Proposal ;
  vf:purpose ${want ? 'vf:request' : 'vf:offer'} ;
  vf:name "Offer number ${i}: ${CATEGORIES[i % CATEGORIES.length]} <b>help</b>" ;
  vf:note "Described at length by member ${i % 1000}. ${'Lorem ipsum dolor sit amet. '.repeat(i % 7)}" ;
  vf:publishes <#intent> ;
  vf:hasEnd "2026-12-${String((i % 28) + 1).padStart(2, '0')}T23:59:59Z"^^xsd:dateTime ;
  vf:proposedTo <https://pods.example/group-${i % 20}/profile/card#group> ;
  mutua:visibility ${i % 2 ? 'mutua:Public' : 'mutua:MembersOnly'} ;
  mutua:priceHint ${i % 4 === 0 ? 'mutua:Negotiable' : '<#price>'} ;
  schema:image <${broken ? 'javascript:alert(1)' : `${member}/mutua/public/offer-${i}.jpg`}> ;
  schema:location <#place> ;
  dcterms:creator <${member}/profile/card#me> ;
  dcterms:created "2026-03-01T10:00:00Z"^^xsd:dateTime ;
  dcterms:modified "2026-03-0${(i % 9) + 1}T11:00:00+01:00"^^xsd:dateTime .
<#intent> a vf:Intent ;
  vf:action vf:deliverService ;
  ${want ? 'vf:receiver' : 'vf:provider'} <${member}/profile/card#me> ;
  vf:resourceClassifiedAs <https://pods.example/group-${i % 20}/mutua/categories#${CATEGORIES[i % CATEGORIES.length]}> .
<#price> a mutua:PriceHint ; mutua:amount ${100 + (i % 900)} ; mutua:currency <https://pods.example/group-${i % 20}/mutua/currency#it> .
<#place> a schema:Place ; schema:name "Neighbourhood ${i % 50}" ; schema:addressCountry "GB" .
`;
}

export default defineScenario({
  name: 'validation',
  description: 'SHACL validation of offer records: compiled fast path vs rdf-validate-shacl',
  async run({ quick, log }) {
    const count = quick ? 1_000 : 10_000;
    const texts = Array.from({ length: count }, (_, i) => offerTurtle(i));
    let records: Quad[][] = [];
    const parseMs = await timeOnce(() => {
      records = texts.map(
        (t, i) =>
          new Parser({ baseIRI: `https://pods.example/member-${i % 1000}/mutua/offers/o${i}` }).parse(t) as Quad[],
      );
    });
    const triples = records.reduce((n, r) => n + r.length, 0);
    log(`${count} offers, ${triples} triples, parsed in ${round(parseMs)} ms`);

    const compileMs = await timeOnce(() => compileShapes(shapeQuads('offer')));
    const engineBuildMs = await timeOnce(() => createEngineValidator(shapeQuads('offer')));
    const fast = createValidator();
    const engine = createValidator({ engine: 'reference' });

    let fastFailing = 0;
    const fastRuns = { warmups: 3, runs: quick ? 5 : 9 };
    const fastTime = await measure(
      () => {
        fastFailing = 0;
        for (const r of records) if (!fast.validateRecord(r, 'offer').conforms) fastFailing++;
      },
      { ...fastRuns, onRun: (ms, i) => log(`fast run ${i + 1}: ${round(ms)} ms`) },
    );

    let engineFailing = 0;
    const engineRuns = { warmups: 1, runs: quick ? 1 : 3 };
    const engineTime = await measure(
      async () => {
        engineFailing = 0;
        for (const r of records) if (!(await engine.validateRecord(r, 'offer')).conforms) engineFailing++;
      },
      { ...engineRuns, onRun: (ms, i) => log(`engine run ${i + 1}: ${round(ms)} ms`) },
    );
    if (fastFailing !== engineFailing)
      throw new Error(`Validators disagree: ${fastFailing} vs ${engineFailing} failing records`);

    // Report per 10,000 records whatever the size, so quick runs stay comparable.
    const scale = 10_000 / count;
    return {
      params: {
        records: count,
        triples,
        invalidRecords: fastFailing,
        fastWarmups: fastRuns.warmups,
        fastRuns: fastRuns.runs,
        engineWarmups: engineRuns.warmups,
        engineRuns: engineRuns.runs,
        input: 'parsed quads (parsing measured separately as parse10k_ms)',
      },
      metrics: {
        validate10k_ms: { value: round(fastTime.median * scale), unit: 'ms', better: 'lower' },
        validate10k_engine_ms: { value: round(engineTime.median * scale), unit: 'ms', better: 'lower' },
        // CPU time of this process: what the work costs when other processes share the cores.
        validate10k_cpu_ms: { value: round(fastTime.cpuMedian * scale), unit: 'ms', better: 'lower' },
        validate10k_engine_cpu_ms: { value: round(engineTime.cpuMedian * scale), unit: 'ms', better: 'lower' },
        speedup_vs_engine: { value: round(engineTime.median / fastTime.median, 1), unit: 'x', better: 'higher' },
        fast_records_per_s: {
          value: Math.round((count / fastTime.median) * 1000),
          unit: 'records/s',
          better: 'higher',
        },
        parse10k_ms: { value: round(parseMs * scale), unit: 'ms', better: 'lower' },
        compile_shapes_ms: { value: round(compileMs), unit: 'ms', better: 'lower' },
        engine_build_ms: { value: round(engineBuildMs), unit: 'ms', better: 'lower' },
      },
      charts: [
        {
          title: 'Validating 10,000 offers (median, lower is better)',
          metrics: ['validate10k_ms', 'validate10k_engine_ms'],
        },
      ],
    };
  },
});
