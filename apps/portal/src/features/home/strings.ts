// Facts from the ClusterPoliSEE application (DOMAIN.md section 1).
export const homeStrings = {
  eyebrow: 'ClusterPoliSEE · South-East Europe Programme',
  title: 'Cluster policy learning for South-East Europe',
  lead:
    'The S3 Cluster Policy Learning Platform is an open, interactive system for mutual learning between cluster policy makers: a shared database and common tools that make the South-East Europe area a laboratory for regional policy innovation and a competence centre for smart specialisation (S3).',
  explorePartnership: 'Meet the partnership',
  useApi: 'Use the open API',
  factsTitle: 'The project in figures',
  facts: [
    { value: '23', label: 'partners' },
    { value: '11', label: 'countries: 8 EU member states and 3 IPA states' },
    { value: '2012–2014', label: '30 months, from May 2012' },
    { value: '€5.18 M', label: 'budget: ERDF €3.81 M, IPA €0.59 M' },
  ],
  leadPartnerTitle: 'Lead partner',
  leadPartner: 'Marche Region (Italy)',
  partnersTitle: 'Who took part',
  partnersBody:
    'National and regional authorities, regional development agencies, research institutes and universities, innovation-promotion bodies and cluster associations.',
  resultsTitle: 'What the project set out to deliver',
  results: [
    'A model of reflective policy making: the policy-learning cycle, from analysis and benchmarking to pilot, evaluation and transfer.',
    'A smart benchmarking methodology for cluster policies, tested through pilot actions.',
    'A training package on the smart specialisation (S3) model.',
    'Foresight exercises on the future of clusters in the region.',
  ],
  areasTitle: 'Six development areas',
  areasIntro: 'Practices, indicators, pilot actions and training modules are organised by the work plan’s six areas, with multi-level governance as a horizontal theme.',
  areas: [
    'Innovation and R&D orientation',
    'Sustainable development',
    'International cooperation and networking',
    'Financial framework for clusters',
    'Specialisation of clusters and regions',
    'New skills and jobs',
  ],
  horizontal: 'Horizontal theme: multi-level, cross-department governance',
  audiencesTitle: 'Who the platform is for',
  audiences: [
    { title: 'Policy makers and visitors', body: 'Explore the partnership and, as the platform grows, policy examples, benchmarks, training and foresight results.' },
    { title: 'Partner staff', body: 'Contribute practices, data and pilot reports through the admin console.' },
    { title: 'Developers', body: 'Query the same data through the public GraphQL endpoint.' },
  ],
  partnershipLink: 'See all partners on the map',
  developersLink: 'Read the API guide',
};
