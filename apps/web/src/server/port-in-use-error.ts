/** The web app's port is taken; the message says what to do, on one line. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';

  constructor(
    readonly port: number,
    readonly hint: string,
  ) {
    super(`Port ${port} is already in use: stop the other process or ${hint}.`);
  }
}
