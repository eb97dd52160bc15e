import { QueryEngine as SparqlEngine } from '@comunica/query-sparql';

interface EngineActor {
  readonly name: string;
  mediatorResolveQuadPattern?: { bus: { actors: EngineActor[] } };
  mediatorMetadataAccumulate?: { bus?: unknown };
}

function hypermediaActor(engine: object): EngineActor {
  const init = (engine as { actorInitQuery?: { mediatorQueryOperation?: { bus: { actors: EngineActor[] } } } }).actorInitQuery;
  const quadPattern = init?.mediatorQueryOperation?.bus.actors.find((actor) => actor.name.endsWith('/actors#quadpattern'));
  const hypermedia = quadPattern?.mediatorResolveQuadPattern?.bus.actors.find((actor) => actor.name.endsWith('/actors#hypermedia'));
  if (!hypermedia) throw new Error('No rdf-resolve-quad-pattern hypermedia actor in this Comunica engine: its build changed, revisit withMetadataAccumulation');
  return hypermedia;
}

/**
 * Gives a Comunica 2 link-traversal engine the metadata-accumulate mediator its build lacks.
 *
 * Why: @comunica/query-sparql-link-traversal-solid 0.1.1 ships an engine compiled before
 * Comunica 2 had the rdf-metadata-accumulate bus, but runs on the hypermedia actor of 2.10,
 * whose fallback merges the seed's `traverse` links into every later document's metadata; from
 * the second document on traversal then stops, silently. Borrowing the mediator of Comunica
 * 2.10's own SPARQL engine restores link following (see test/integration/data-layer/
 * comunica-interop.test.ts). Harmless on builds that already have it.
 */
export function withMetadataAccumulation<Engine extends object>(engine: Engine): Engine {
  const actor = hypermediaActor(engine);
  if (actor.mediatorMetadataAccumulate?.bus === undefined) actor.mediatorMetadataAccumulate = hypermediaActor(new SparqlEngine()).mediatorMetadataAccumulate;
  return engine;
}
