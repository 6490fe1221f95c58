/**
 * The admin console's pages as the API serves them under /admin: a path the list does not
 * match answers 404. Add a page here when you add its route in router.tsx.
 */
export const ADMIN_ROUTES = [
  '/',
  '/sign-in',
  '/accept-invitation',
  '/partners',
  '/partners/new',
  '/partners/:id/edit',
  '/users',
  '/indicators',
  '/indicators/new',
  '/indicators/:code/edit',
  '/data',
  '/cycles',
  '/cycles/:id',
  '/audit',
  '/practices',
  '/practices/new',
  '/practices/:id',
  '/training',
  '/training/:id',
  '/foresight',
  '/foresight/:id',
].map((path) => ({ path, title: 'PoliSEE admin console', description: 'Administration of the PoliSEE platform.', sitemap: false }));
