import type { Plugin } from 'vite';

/** What `/config.json` tells the browser app at run time. */
export interface RuntimeConfig {
  /** The bundled pod server, offered as the default Solid-OIDC issuer. */
  issuer: string;
  podBaseUrl: string;
}

/** Serves `/config.json`, so one build of the app works against whichever pod server runs beside it. */
export function runtimeConfigPlugin(config: RuntimeConfig): Plugin {
  const body = JSON.stringify(config);
  return {
    name: 'mutua-runtime-config',
    configureServer(server) {
      server.middlewares.use('/config.json', (request, response, next) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') return next();
        response.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      });
    },
  };
}
