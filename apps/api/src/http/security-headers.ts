import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for the API and both apps (helmet): a CSP without inline scripts (the
 * built apps load only their own module scripts; React sets styles through the CSSOM, the
 * few style attributes need 'unsafe-inline' for styles only), no framing, same-origin
 * referrers, nosniff, and HSTS in production only (a development server on http must not pin
 * the browser to https).
 */
export function securityHeaders(opts: { isProduction: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(opts.isProduction ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: opts.isProduction ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The embedded Apollo Sandbox (development only) is an inline script that loads the sandbox
 * from Apollo's CDN; its page gets a policy that allows exactly that, and is still not framable.
 */
export const SANDBOX_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline' https://embeddable-sandbox.cdn.apollographql.com; style-src 'self' 'unsafe-inline' https://fonts.googleapis.com; font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://apollo-server-landing-page.cdn.apollographql.com; frame-src https://sandbox.embed.apollographql.com; connect-src 'self'; manifest-src https://apollo-server-landing-page.cdn.apollographql.com; frame-ancestors 'none'";
