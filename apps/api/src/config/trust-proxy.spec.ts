import express from 'express';
import { ConfigError, loadConfig } from './env';
import { parseTrustProxy } from './trust-proxy';

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['0', false],
    ['true', 1],
    ['2', 2],
    ['10.0.0.0/8, 192.0.2.7', ['10.0.0.0/8', '192.0.2.7']],
    ['loopback,uniquelocal', ['loopback', 'uniquelocal']],
    ['::1, fd00::/8', ['::1', 'fd00::/8']],
  ])('%j means %j', (raw, expected) => {
    expect(parseTrustProxy(raw)).toEqual(expected);
  });

  it.each(['*', 'all', '10.0.0.0/33', 'example.com', '11', '1.2.3.4/8/1'])('refuses %j', (raw) => {
    expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(ConfigError);
  });

  // Express resolves req.ip with these settings; a forged left part of X-Forwarded-For never wins.
  it.each([
    ['1', '127.0.0.1', '6.6.6.6, 203.0.113.9', '203.0.113.9'],
    ['2', '127.0.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.2', '203.0.113.9'],
    ['127.0.0.1, 10.0.0.0/8', '127.0.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.2', '203.0.113.9'],
    ['10.0.0.0/8', '127.0.0.1', '6.6.6.6', '127.0.0.1'], // the peer is not a trusted proxy
    ['false', '127.0.0.1', '6.6.6.6', '127.0.0.1'],
  ])('TRUST_PROXY=%s, peer %s, X-Forwarded-For "%s" gives %s', (raw, peer, xff, expected) => {
    const app = express();
    app.set('trust proxy', loadConfig({ TRUST_PROXY: raw }).trustProxy);
    const req = Object.create(app.request, {
      app: { value: app },
      headers: { value: { 'x-forwarded-for': xff } },
      socket: { value: { remoteAddress: peer } },
      connection: { value: { remoteAddress: peer } },
    }) as express.Request;
    expect(req.ip).toBe(expected);
  });
});
