export interface NavigationItem {
  to: string;
  label: string;
  end?: boolean;
}

// Benchmarking, Policy examples, Training and Foresight are added here with their pages.
export const navigation: NavigationItem[] = [
  { to: '/', label: 'Home', end: true },
  { to: '/partnership', label: 'Partnership' },
  { to: '/developers', label: 'Developers' },
];
