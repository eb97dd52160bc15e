import { ResourceError } from '../errors/resource-error.js';

/** Mutua refused a decision step the agent's role does not allow (checked before anything is sent). */
export class DecisionPermissionError extends ResourceError {
  override readonly name = 'DecisionPermissionError';

  constructor(attempted: string, url: string, reason: string) {
    super(attempted, url, reason);
  }
}
