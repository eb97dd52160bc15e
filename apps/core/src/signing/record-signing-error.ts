/** Thrown when a record cannot be signed as asked: says what was attempted and what was wrong. */
export class RecordSigningError extends Error {
  override readonly name = 'RecordSigningError';
}
