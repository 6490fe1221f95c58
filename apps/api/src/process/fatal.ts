import type { Logger } from '../logging/logger';

/**
 * After an uncaught exception or an unhandled rejection the process state is unknown: log it
 * and exit non-zero at once, so that the supervisor (systemd, the container runtime) starts a
 * clean one. Requests in flight fail; the load balancer retries them on another instance.
 */
export function exitOnFatalErrors(logger: Pick<Logger, 'error'>): void {
  const fatal = (kind: string) => (err: unknown) => {
    try {
      logger.error('fatal error, exiting', { kind, err: err instanceof Error ? err : new Error(String(err)) });
    } finally {
      process.exit(70); // EX_SOFTWARE
    }
  };
  process.on('uncaughtException', fatal('uncaughtException'));
  process.on('unhandledRejection', fatal('unhandledRejection'));
}

