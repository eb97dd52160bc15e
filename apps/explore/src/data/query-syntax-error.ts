/** The SPARQL text could not be parsed; `message` is Oxigraph's, with line and column. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';

  constructor(readonly detail: string) {
    super(`The query could not be read: ${detail}`);
  }
}
