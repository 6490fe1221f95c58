import { splitLocalePath, localePath } from '@polisee/domain';

/**
 * The locale of this page load and the router basename that goes with it: `/it/benchmarking`
 * -> { locale: 'it', basename: '/it' }. Every route and link inside stays unprefixed
 * (`<Link to="/partnership">` is `/it/partnership` on an Italian page).
 */
export function pageLocale(base = '/', pathname = window.location.pathname): { locale: string; basename: string } {
  const { locale } = splitLocalePath(pathname, base);
  const basename = localePath(locale, '/', base).replace(/\/$/, '') || '/';
  return { locale, basename };
}
