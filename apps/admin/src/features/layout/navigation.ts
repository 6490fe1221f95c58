import type { Role } from '@polisee/graphql';

export interface NavigationItem {
  to: string;
  label: string;
  /** Roles that see the entry; every signed-in user when absent. */
  roles?: Role[];
}

// Pilot actions and moderation join this list when their screens exist.
export const navigation: NavigationItem[] = [
  { to: '/partners', label: 'Partners' },
  { to: '/practices', label: 'Policy examples' },
  { to: '/users', label: 'Users', roles: ['ADMIN'] },
  { to: '/indicators', label: 'Indicators', roles: ['ADMIN'] },
  { to: '/data', label: 'Data', roles: ['ADMIN'] },
];
