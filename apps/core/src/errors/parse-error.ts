import { ResourceError } from './resource-error.js';

/** The body is not RDF we can read: malformed Turtle, or a content type we do not parse. */
export class ParseError extends ResourceError {
  override readonly name = 'ParseError';
  readonly contentType: string;

  constructor(attempted: string, url: string, contentType: string, detail: string, options?: { cause?: unknown }) {
    super(attempted, url, `the ${contentType || 'untyped'} body could not be parsed as RDF: ${detail}`, options);
    this.contentType = contentType;
  }
}
