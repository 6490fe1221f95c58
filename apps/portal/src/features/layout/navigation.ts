export interface NavigationItem {
  to: string;
  label: string;
  end?: boolean;
}

// Policy examples, Training and Foresight are added here with their pages.
export const navigation: NavigationItem[] = [
  { to: '/', label: 'Home', end: true },
  { to: '/partnership', label: 'Partnership' },
  { to: '/benchmarking', label: 'Benchmarking' },
  { to: '/cycles', label: 'Learning cycles' },
  { to: '/pilots', label: 'Pilot actions' },
  { to: '/developers', label: 'Developers' },
];
