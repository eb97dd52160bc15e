import { NAMESPACES } from '@mutua/core';
import { Parser, Writer } from 'n3';

/** A CONSTRUCT result (N-Triples) as Turtle with the vocabulary's prefixes. */
export function formatTurtle(ntriples: string): Promise<string> {
  const quads = new Parser({ format: 'N-Triples' }).parse(ntriples);
  const writer = new Writer({ prefixes: { ...NAMESPACES } });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
