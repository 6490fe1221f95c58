import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { Role } from '@polisee/graphql';

export interface NavigationItem {
  to: string;
  label: MessageDescriptor;
  /** Roles that see the entry; every signed-in user when absent. */
  roles?: Role[];
}

// Pilot actions and moderation join this list when their screens exist.
export const navigation: NavigationItem[] = [
  { to: '/partners', label: msg({ message: 'Partners', comment: 'Admin navigation' }) },
  { to: '/practices', label: msg({ message: 'Policy examples', comment: 'Admin navigation' }) },
  { to: '/cycles', label: msg({ message: 'Learning cycles', comment: 'Admin navigation' }) },
  { to: '/training', label: msg({ message: 'Training', comment: 'Admin navigation' }), roles: ['ADMIN'] },
  { to: '/foresight', label: msg({ message: 'Foresight', comment: 'Admin navigation' }) },
  { to: '/users', label: msg({ message: 'Users', comment: 'Admin navigation' }), roles: ['ADMIN'] },
  { to: '/indicators', label: msg({ message: 'Indicators', comment: 'Admin navigation' }), roles: ['ADMIN'] },
  { to: '/data', label: msg({ message: 'Data', comment: 'Admin navigation' }), roles: ['ADMIN'] },
  { to: '/audit', label: msg({ message: 'Audit log', comment: 'Admin navigation' }), roles: ['ADMIN'] },
];
