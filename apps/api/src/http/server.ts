import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, getOperationAST, parse, print } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/env';
import type { Context } from '../graphql/context';
import { errorLogPlugin, responseStatusPlugin, withClientErrorBounds } from '../graphql/client-errors';
import { createFormatError } from '../graphql/errors';
import { inputHygienePlugin } from '../graphql/limits/input-hygiene';
import { MAX_TOKENS, queryLimitsPlugin } from '../graphql/limits/query-limits';
import { printSortedSchema } from '../graphql/schema';
import { buildApiSchema, createLoaders, createServices } from '../composition-root';
import { OutboxWorker } from '../modules/notification/outbox.worker';
import type { Logger } from '../logging/logger';
import { SESSION_COOKIE } from '../modules/auth/auth.service';
import { loadManifest, trustedDocumentsOptions, trustedDocumentsPlugin } from '../graphql/trusted-documents';
import { RateLimiter, rateLimitPlugin } from '../modules/rate-limit/rate-limiter';
import { parseCookies } from './cookies';
import { negotiateLocale, SOURCE_LOCALE } from '@polisee/domain';
import { createResponseCache } from './response-cache';
import { watchEventLoop, type EventLoopLag } from './event-loop';
import { readManifest, serveCrawlerFiles, serveSite } from './site';
import { countryByCode } from '../modules/region/country';
import { SANDBOX_CSP, securityHeaders } from './security-headers';

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
  // Idle keep-alive connections outlive a load balancer's (60 s) and the client's, so that the
  // server never closes a socket a client is about to reuse (which the client sees as a reset).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const schema = await buildApiSchema();
  const sdl = printSortedSchema(schema);
  const services = createServices(dataSource, config);
  let eventLoop: EventLoopLag | null = null; // watched once start-up work is done
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

  app.use(securityHeaders({ isProduction: config.isProduction }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const lagMs = eventLoop?.lagMs() ?? 0;
    if (lagMs > config.readyMaxEventLoopLagMs) {
      res.status(503).json({ status: 'event loop lagging', lagMs: Math.round(lagMs) });
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

  const manifest = loadManifest();
  const rateLimiter = new RateLimiter(dataSource, config);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.graphqlIntrospection,
    hideSchemaDetailsFromClientErrors: !config.graphqlIntrospection, // no "did you mean" suggestions
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: withClientErrorBounds(createFormatError(config.isProduction)),
    ...trustedDocumentsOptions(config.graphqlTrustedDocuments, manifest),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      config.nodeEnv === 'development' ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      errorLogPlugin,
      responseStatusPlugin,
      rateLimitPlugin(rateLimiter, config),
      trustedDocumentsPlugin(config.graphqlTrustedDocuments, manifest),
      inputHygienePlugin(schema),
      queryLimitsPlugin({ schema, timeBudgetMs: config.graphqlTimeBudgetMs }),
      // No cache hints are used (answers are POSTs, cached by data version in response-cache.ts);
      // the plugin's per-field hook cost about a tenth of a benchmark answer's execution.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  // GraphQL subscriptions over graphql-ws on the same HTTP server and path. Only subscriptions
  // are served here (queries and mutations keep the HTTP path's limits, rate limits and audit);
  // with GRAPHQL_TRUSTED_DOCUMENTS=only, only the apps' own subscription documents.
  await services.foresightLive.start();
  // The HTTP path's error formatting: AppErrors as code and reason, anything else masked.
  const formatError = withClientErrorBounds(createFormatError(config.isProduction));
  const trustedTexts = new Set([...manifest.values()].map((text) => print(parse(text))));
  const wsServer = new WebSocketServer({ server, path: '/graphql', maxPayload: 64 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, { request: http.IncomingMessage }>(
    {
      schema,
      // Browsers send Origin: a page of another site may not open subscriptions with our cookies.
      onConnect: (ctx) => {
        const origin = ctx.extra.request.headers.origin;
        if (!origin) return true;
        try {
          return new URL(origin).host === ctx.extra.request.headers.host;
        } catch {
          return false;
        }
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('Syntax error')];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP', { extensions: { code: 'BAD_REQUEST' } })];
        }
        if (config.graphqlTrustedDocuments === 'only' && !trustedTexts.has(print(document))) {
          return [new GraphQLError('Only the apps’ operations are served', { extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } })];
        }
        return undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : result,
      context: async (ctx): Promise<Context> => {
        const req = ctx.extra.request;
        const session = await services.auth.resolveSession(parseCookies(req.headers.cookie)[SESSION_COOKIE]);
        const requestId = randomUUID();
        const header = (name: string) => {
          const v = req.headers[name];
          return Array.isArray(v) ? v[0] : v;
        };
        return {
          requestId,
          logger: logger.child({ requestId }),
          config,
          dataSource,
          services,
          loaders: createLoaders(dataSource),
          user: session?.user ?? null,
          sessionId: session?.sessionId ?? null,
          request: { ip: req.socket.remoteAddress ?? 'unknown', userAgent: header('user-agent') ?? null },
          locale: negotiateLocale(header('accept-language')) ?? SOURCE_LOCALE,
          panelToken: typeof ctx.connectionParams?.panelToken === 'string' ? ctx.connectionParams.panelToken : null,
          // A subscription never signs anyone in or out.
          setSessionCookie: () => undefined,
          clearSessionCookie: () => undefined,
        };
      },
    },
    wsServer,
  );

  if (config.nodeEnv === 'development') {
    // The embedded sandbox page is the only one with an inline script (development only).
    app.get('/graphql', (_req, res, next) => {
      res.setHeader('content-security-policy', SANDBOX_CSP);
      next();
    });
  }
  app.use(
    '/graphql',
    express.json({ limit: '8mb' }),
    createResponseCache({
      capacity: config.responseCacheSize,
      sessionCookie: SESSION_COOKIE,
      readVersion: () => services.benchmarks.dataVersion(),
      chargeHit: async (req) => (rateLimiter.enabled ? rateLimiter.consume(req.ip ?? req.socket.remoteAddress ?? 'unknown', null, 1) : undefined),
    }),
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
          locale: negotiateLocale(req.header('accept-language')) ?? SOURCE_LOCALE,
          panelToken: req.header('x-panel-token') ?? null,
          setSessionCookie: (value, expiresAt) => res.cookie(SESSION_COOKIE, value, { ...cookieBase, expires: expiresAt }),
          clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieBase),
        };
      },
    }),
  );

  const resolveEntity = async (kind: string, code: string): Promise<Record<string, string> | null> => {
    if (kind === 'practice') {
      // Published practices only, as on every public path.
      const practice = await services.practices.findVisible(null, { slug: code });
      return practice ? { code: practice.slug, name: practice.title, country: countryByCode(practice.country)?.name ?? practice.country } : null;
    }
    if (kind !== 'region') return null;
    const region = await services.regions.byCode(code.toUpperCase());
    if (!region) return null;
    return { code: region.code, name: region.name, country: countryByCode(region.country)?.name ?? region.country };
  };
  const listEntities = async (kind: string): Promise<string[]> => {
    if (kind === 'region') return (await services.regions.list()).map((r) => r.code);
    if (kind === 'practice') return (await services.practices.publishedSlugs()).map((p) => p.slug);
    return [];
  };
  const portalManifest = readManifest(config.portalDistDir);
  serveCrawlerFiles(app, { publicUrl: config.publicUrl, manifest: portalManifest, listEntities });
  serveSite(app, { base: '/admin', dir: config.adminDistDir, label: 'admin console', logger, publicUrl: config.publicUrl });
  serveSite(app, { base: '/', dir: config.portalDistDir, label: 'public portal', logger, publicUrl: config.publicUrl, resolveEntity });

  app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    if (status >= 500) logger.error('http error', { err, requestId: res.locals.requestId, path: req.path });
    res.status(status).json({ error: status >= 500 ? 'Internal server error' : err.message });
  });

  eventLoop = watchEventLoop();
  return {
    server,
    async drain() {
      draining = true;
      await outboxWorker.stop();
      eventLoop?.stop();
      // Open WebSockets would keep the HTTP server from closing: end them first.
      await wsCleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      await services.foresightLive.stop();
      await apollo.stop(); // the drain plugin closes the server and waits for in-flight requests
    },
  };
}
