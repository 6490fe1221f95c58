import type { DataSource } from 'typeorm';
import type { Config } from '../config/env';
import type { Logger } from '../logging/logger';
import type { RoleValue } from '../modules/auth/user.entity';
import type { Loaders } from './loaders';
import type { Services } from './services';

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: RoleValue;
  partnerId: string | null;
}

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

export interface Context {
  requestId: string;
  logger: Logger;
  config: Config;
  dataSource: DataSource;
  services: Services;
  loaders: Loaders;
  user: AuthUser | null;
  sessionId: string | null;
  request: RequestMeta;
  /** The request's locale (`Accept-Language`, one of the platform's locales, else `en`). */
  locale: string;
  /** Sets the httpOnly session cookie on the response. */
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}
