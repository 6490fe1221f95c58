import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

export interface NavigationItem {
  to: string;
  label: MessageDescriptor;
  end?: boolean;
}

// Policy examples, Training and Foresight are added here with their pages.
export const navigation: NavigationItem[] = [
  { to: '/', label: msg({ message: 'Home', comment: 'Main navigation' }), end: true },
  { to: '/partnership', label: msg({ message: 'Partnership', comment: 'Main navigation' }) },
  { to: '/practices', label: msg({ message: 'Policy examples', comment: 'Main navigation' }) },
  { to: '/benchmarking', label: msg({ message: 'Benchmarking', comment: 'Main navigation' }) },
  { to: '/cycles', label: msg({ message: 'Learning cycles', comment: 'Main navigation' }) },
  { to: '/pilots', label: msg({ message: 'Pilot actions', comment: 'Main navigation' }) },
  { to: '/training', label: msg({ message: 'Training', comment: 'Main navigation' }) },
  { to: '/foresight', label: msg({ message: 'Foresight', comment: 'Main navigation' }) },
  { to: '/developers', label: msg({ message: 'Developers', comment: 'Main navigation' }) },
];
