export const layoutStrings = {
  productName: 'PoliSEE',
  tagline: 'S3 Cluster Policy Learning Platform',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  footerAbout:
    'PoliSEE continues the S3 Cluster Policy Learning Platform of ClusterPoliSEE, a project of the South-East Europe Transnational Cooperation Programme (2012–2014), co-funded by the ERDF and IPA.',
  footerLeadPartner: 'Lead partner: Marche Region (Italy).',
  footerDevelopers: 'Open data through the GraphQL API',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address.',
  backHome: 'Go to the home page',
};
