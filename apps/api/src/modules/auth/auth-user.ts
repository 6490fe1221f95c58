import type { RoleValue } from './user.entity';

/** The signed-in user as services see it (no password hash, no tokens). */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: RoleValue;
  partnerId: string | null;
}

/** What services may know about the request that reached them, whatever the transport. */
export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}
