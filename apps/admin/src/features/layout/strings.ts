export const layoutStrings = {
  productName: 'PoliSEE',
  consoleName: 'Admin console',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address.',
  backToPartners: 'Back to partners',
};
