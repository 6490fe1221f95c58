import type { Browser } from 'playwright-core';

/** The API the globalSetup started (it serves both built apps), without a trailing slash. */
export function baseUrl(): string;
/** Polls `read` until `accept` holds and returns the accepted value; fails naming `what` on timeout. */
export function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs?: number): Promise<T>;
/** Launches Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) headless with the flags this machine needs. */
export function launchChromium(): Promise<Browser>;
export const CHROMIUM_ARGS: readonly string[];
export const ROOT: string;
export function browserPreset(overrides?: Record<string, unknown>): Record<string, unknown>;
export function globalSetup(): Promise<void>;
export function globalTeardown(): Promise<void>;
