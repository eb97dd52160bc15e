import { createServer } from 'node:net';

/** Thrown when a port Mutua wants to listen on is taken; the message says what to do. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly hint: string,
  ) {
    super(`Port ${port} is already in use: stop the other process or ${hint}.`);
    this.name = 'PortInUseError';
  }
}

function tryListen(port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

/** Asks the OS for a free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return tryListen(0, '127.0.0.1');
}

/** Resolves when nothing listens on `port` (any interface); rejects with PortInUseError otherwise. */
export async function assertPortFree(port: number, hint: string): Promise<void> {
  // CSS listens on every interface, so a listener on either family blocks it.
  for (const host of [undefined, '127.0.0.1']) {
    try {
      await tryListen(port, host);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(port, hint);
      if ((error as NodeJS.ErrnoException).code !== 'EAFNOSUPPORT') throw error;
    }
  }
}
