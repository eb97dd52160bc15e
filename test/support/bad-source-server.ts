import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A document the server serves as-is, registered by a test. */
export interface ServedDocument {
  readonly contentType: string;
  readonly body: string;
  readonly status?: number;
}

/** A misbehaving RDF source on 127.0.0.1, to prove the loader survives every kind of bad pod. */
export interface BadSourceServer {
  readonly baseUrl: string;
  /** One URL per kind of misbehaviour. */
  readonly urls: {
    /** 200 text/turtle whose body is not Turtle. */
    readonly malformed: string;
    /** 200 text/turtle streaming 50 MB without a Content-Length. */
    readonly huge: string;
    /** Sends nothing at all for 30 s. */
    readonly stall: string;
    /** Sends headers and the start of a body, then nothing for 30 s. */
    readonly stallBody: string;
    readonly notFound: string;
    readonly serverError: string;
    /** 200 text/html: a web page where a pod document was expected. */
    readonly html: string;
  };
  /** Bytes of the 50 MB body actually handed to the socket before the client gave up. */
  readonly hugeBytesSent: () => number;
  /** Serves `document` at `path` (e.g. "/invalid-offer"); returns its URL. */
  serve(path: string, document: ServedDocument): string;
  close(): Promise<void>;
}

const STALL_MS = 30_000;
const HUGE_BYTES = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, '# padding padding padding padding padding padding padding padding\n');

/** Starts the server on a random loopback port. */
export async function startBadSourceServer(): Promise<BadSourceServer> {
  const served = new Map<string, ServedDocument>();
  const timers = new Set<NodeJS.Timeout>();
  let hugeSent = 0;

  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const streamHuge = (response: ServerResponse): void => {
    response.writeHead(200, { 'content-type': 'text/turtle' });
    let sent = 0;
    const pump = (): void => {
      while (sent < HUGE_BYTES && !response.destroyed) {
        sent += CHUNK.byteLength;
        hugeSent += CHUNK.byteLength;
        if (!response.write(CHUNK)) {
          response.once('drain', pump);
          return;
        }
      }
      if (!response.destroyed) response.end();
    };
    pump();
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const document = served.get(path);
    if (document) {
      response.writeHead(document.status ?? 200, { 'content-type': document.contentType });
      response.end(document.body);
      return;
    }
    switch (path) {
      case '/malformed':
        response.writeHead(200, { 'content-type': 'text/turtle' });
        response.end('@prefix ex: <http://example.org/> .\n<#it> a ex:Offer ;\n  ex:name "unterminated ;\n  ex:broken <no closing bracket .\n');
        return;
      case '/huge':
        streamHuge(response);
        return;
      case '/stall':
        later(STALL_MS, () => response.end());
        return;
      case '/stall-body':
        response.writeHead(200, { 'content-type': 'text/turtle' });
        response.write('@prefix ex: <http://example.org/> .\n');
        later(STALL_MS, () => response.end('<#it> a ex:Thing .\n'));
        return;
      case '/html':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><title>Welcome</title><p>This is not a pod.</p>');
        return;
      case '/server-error':
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('database connection lost');
        return;
      default:
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end(`nothing at ${path}`);
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/`;
  const at = (path: string): string => new URL(path.replace(/^\//, ''), baseUrl).href;

  return {
    baseUrl,
    urls: {
      malformed: at('/malformed'),
      huge: at('/huge'),
      stall: at('/stall'),
      stallBody: at('/stall-body'),
      notFound: at('/missing'),
      serverError: at('/server-error'),
      html: at('/html'),
    },
    hugeBytesSent: () => hugeSent,
    serve(path, document) {
      served.set(path, document);
      return at(path);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
