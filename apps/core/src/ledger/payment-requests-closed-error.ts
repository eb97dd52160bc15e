/** The group does not let members request payments (its profile says so); nothing was written. */
export class PaymentRequestsClosedError extends Error {
  override readonly name = 'PaymentRequestsClosedError';
  readonly group: string;

  constructor(attempted: string, group: string) {
    super(
      `${attempted} was refused: the group ${group} does not let members request payments; ask the payer to pay you instead`,
    );
    this.group = group;
  }
}
