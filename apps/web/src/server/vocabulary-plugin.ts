import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { chooseVocabularyFormat, type VocabularyFormat } from './choose-vocabulary-format.js';

const FILES: Readonly<Record<VocabularyFormat, { file: string; type: string }>> = {
  turtle: { file: 'mutua.ttl', type: 'text/turtle; charset=utf-8' },
  jsonld: { file: 'context.jsonld', type: 'application/ld+json; charset=utf-8' },
  html: { file: 'index.html', type: 'text/html; charset=utf-8' },
};

// Only these names are served, so nothing else in vocab/ (scripts, tests) leaks out.
const BY_PATH: Readonly<Record<string, VocabularyFormat>> = {
  '/ns/': 'html',
  '/ns/index.html': 'html',
  '/ns/mutua.ttl': 'turtle',
  '/ns/context.jsonld': 'jsonld',
};

/**
 * Serves the vocabulary files from `vocabDir` under `/ns/`, with content negotiation on
 * `/ns/mutua` (Turtle, JSON-LD context, or the HTML page). Files are read on each request,
 * so a regenerated vocabulary shows without a restart.
 */
export function vocabularyPlugin(vocabDir: string): Plugin {
  return {
    name: 'mutua-vocabulary',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (path === '/ns') return redirect(response, '/ns/');
        if (path !== '/ns/mutua' && !(path in BY_PATH)) return next();
        if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(response);
        const negotiated = path === '/ns/mutua';
        const format = negotiated ? chooseVocabularyFormat(request.headers.accept) : BY_PATH[path]!;
        void send(vocabDir, format, negotiated, request, response).catch(next);
      });
    },
  };
}

async function send(
  vocabDir: string,
  format: VocabularyFormat,
  negotiated: boolean,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { file, type } = FILES[format];
  let body: Buffer;
  try {
    body = await readFile(join(vocabDir, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`The vocabulary file ${file} does not exist yet in ${vocabDir}.\n`);
    return;
  }
  const headers: Record<string, string | number> = {
    'content-type': type,
    'content-length': body.length,
    'access-control-allow-origin': '*',
    'cache-control': 'no-cache',
  };
  if (negotiated) headers.vary = 'Accept';
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { location });
  response.end();
}

function methodNotAllowed(response: ServerResponse): void {
  response.writeHead(405, { allow: 'GET, HEAD' });
  response.end();
}
