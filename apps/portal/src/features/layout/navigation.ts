export interface NavigationItem {
  to: string;
  label: string;
  end?: boolean;
}

// Policy examples, Training and Foresight are added here with their pages.
export const navigation: NavigationItem[] = [
  { to: '/', label: 'Home', end: true },
  { to: '/partnership', label: 'Partnership' },
  { to: '/practices', label: 'Policy examples' },
  { to: '/benchmarking', label: 'Benchmarking' },
  { to: '/developers', label: 'Developers' },
];
