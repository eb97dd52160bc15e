/** The group asks payees to acknowledge payments, so a payment cannot enter the ledger on the payer's signature alone; nothing was written. */
export class AcknowledgementRequiredError extends Error {
  override readonly name = 'AcknowledgementRequiredError';
  readonly group: string;

  constructor(attempted: string, group: string) {
    super(
      `${attempted} was refused: the group ${group} asks payees to acknowledge payments; send it with offerPayment and the payee countersigns it`,
    );
    this.group = group;
  }
}
