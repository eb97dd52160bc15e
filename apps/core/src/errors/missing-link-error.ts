import { ResourceError } from './resource-error.js';

/** A document lacks a link Mutua needs to go on, e.g. a profile without pim:storage. */
export class MissingLinkError extends ResourceError {
  override readonly name = 'MissingLinkError';
  /** The predicate that was looked for. */
  readonly predicate: string;

  constructor(attempted: string, url: string, predicate: string, hint: string) {
    super(attempted, url, `the document has no <${predicate}> link. ${hint}`);
    this.predicate = predicate;
  }
}
