import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/env';
import type { Context } from '../graphql/context';
import { createFormatError, isExpectedError } from '../graphql/errors';
import { createLoaders } from '../graphql/loaders';
import { buildApiSchema, printSortedSchema } from '../graphql/schema';
import { createServices } from '../graphql/services';
import { renderSitemap } from './sitemap';
import { OutboxWorker } from '../modules/notification/outbox.worker';
import type { Logger } from '../logging/logger';
import { SESSION_COOKIE } from '../modules/auth/auth.service';
import { parseCookies } from './cookies';

export interface Platform {
  server: http.Server;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  drain(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function createPlatform(deps: { config: Config; dataSource: DataSource; logger: Logger }): Promise<Platform> {
  const { config, dataSource, logger } = deps;
  const app = express();
  const server = http.createServer(app);
  const schema = await buildApiSchema();
  const sdl = printSortedSchema(schema);
  const services = createServices(dataSource, config);
  let draining = false;
  const outboxWorker = new OutboxWorker(dataSource, logger, {
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    baseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    pollMs: config.outboxPollMs,
  });
  outboxWorker.start();

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info('request', {
        requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await Promise.race([
        dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), 2000)),
      ]);
      res.json({ status: 'ready' });
    } catch (err) {
      logger.warn('readiness check failed', { err });
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/schema.graphql', (_req, res) => {
    res.type('text/plain; charset=utf-8').send(sdl);
  });
  app.get('/sitemap.xml', async (req, res, next) => {
    try {
      res.type('application/xml').setHeader('cache-control', 'public, max-age=600');
      res.send(await renderSitemap(dataSource, services, config.publicUrl ?? `${req.protocol}://${req.get('host')}`));
    } catch (err) {
      next(err);
    }
  });

  const errorLogger: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (!isExpectedError(error)) {
              contextValue.logger.error('unhandled error', { err: error.originalError ?? error, path: error.path });
            }
          }
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(config.isProduction),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      config.nodeEnv === 'development' ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      errorLogger,
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: '8mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const requestId = String(res.locals.requestId);
        const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
        const session = await services.auth.resolveSession(token);
        const cookieBase = { httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure, path: '/' };
        return {
          requestId,
          logger: logger.child({ requestId }),
          config,
          dataSource,
          services,
          loaders: createLoaders(dataSource),
          user: session?.user ?? null,
          sessionId: session?.sessionId ?? null,
          request: { ip: req.ip ?? req.socket.remoteAddress ?? 'unknown', userAgent: req.header('user-agent') ?? null },
          setSessionCookie: (value, expiresAt) => res.cookie(SESSION_COOKIE, value, { ...cookieBase, expires: expiresAt }),
          clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieBase),
        };
      },
    }),
  );

  serveApp(app, '/admin', config.adminDistDir, 'admin console', logger);
  serveApp(app, '/', config.portalDistDir, 'public portal', logger);

  app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    if (status >= 500) logger.error('http error', { err, requestId: res.locals.requestId, path: req.path });
    res.status(status).json({ error: status >= 500 ? 'Internal server error' : err.message });
  });

  return {
    server,
    async drain() {
      draining = true;
      await outboxWorker.stop();
      await apollo.stop(); // the drain plugin closes the server and waits for in-flight requests
    },
  };
}

/** Serves a built single-page app under `base`, with index.html for client-side routes. */
function serveApp(app: express.Express, base: string, dir: string, label: string, logger: Logger): void {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn(`${label} not built; serving a notice at ${base}`, { dir });
  }
  app.use(
    base,
    express.static(dir, {
      index: false,
      redirect: false,
      setHeaders: (res, file) => {
        res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.get(base === '/' ? '/{*path}' : [base, `${base}/{*path}`], (req, res, next) => {
    if (req.path.startsWith('/graphql') || (base === '/' && (req.path === '/admin' || req.path.startsWith('/admin/')))) return next();
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send(`The ${label} has not been built. Run \`npm start\` from the repository root.`);
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
