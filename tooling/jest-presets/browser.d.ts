import type { Browser } from 'playwright-core';

/** The API the globalSetup started (it serves both built apps), without a trailing slash. */
export function baseUrl(): string;
/** Polls `read` until `accept` holds and returns the accepted value; fails naming `what` on timeout. */
export function eventually<T>(read: () => Promise<T> | T, accept: (value: T) => boolean, what: string, timeoutMs?: number): Promise<T>;
/** Launches Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) headless with the flags this machine needs. */
export function launchChromium(): Promise<Browser>;
export const CHROMIUM_ARGS: readonly string[];
export const ROOT: string;
export function browserPreset(overrides?: Record<string, unknown>): Record<string, unknown>;
export function globalSetup(): Promise<void>;
export function globalTeardown(): Promise<void>;

export interface MailMessage {
  to: string[];
  raw: string;
}
export interface ApiWithMail {
  baseUrl: string;
  /** Messages received so far, in order. */
  mail: MailMessage[];
  /** Posts one operation; throws on GraphQL errors; returns the data and the cookie it set. */
  gql(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<{ data: any; cookie: string }>;
  stop(): Promise<void>;
}
/** A private API on its own database whose SMTP_URL points at an SMTP server in the test process. */
export function startApiWithMail(label: string): Promise<ApiWithMail>;
