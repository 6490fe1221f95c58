/**
 * The portal's pages as the API serves them: a path the list does not match answers 404, and
 * each page gets its own title, description and canonical URL in the HTML the server sends
 * (crawlers and link previews do not run the app). Add a page here when you add its route.
 * `{name}`, `{code}`, `{country}` come from the entity the parameter names. `preload` lists the
 * modules router.tsx loads lazily for the page (layout route first): the server announces their
 * chunks in the page's head, so the browser fetches them alongside the entry script.
 */
import { LOCALES } from '@polisee/domain';

/** The URL prefixes of the locales other than English (`it`, `ro`, `de-at`, ...). */
export const PORTAL_LOCALE_PREFIXES = LOCALES.filter((l) => l.path).map((l) => l.path);

/**
 * The benchmark pages' route module: what they need for their first paint. The explorer (Apollo
 * and the page) is fetched after that paint, so it is not announced: it would share a slow
 * connection with what the first paint waits for.
 */
const BENCHMARK_MODULES = ['src/features/benchmarking/benchmark-route.tsx'];

export const PORTAL_ROUTES = [
  {
    path: '/',
    title: 'PoliSEE · S3 Cluster Policy Learning Platform',
    description:
      'Cluster policy makers of South-East Europe learn from each other: smart benchmarking of regions, policy examples, training on smart specialisation and foresight.',
  },
  {
    path: '/partnership',
    title: 'The partnership · PoliSEE',
    description: 'The 23 partners in 11 countries of South-East Europe behind the S3 Cluster Policy Learning Platform, on a map.',
  },
  {
    path: '/benchmarking',
    preload: BENCHMARK_MODULES,
    title: 'Smart benchmarking of regions · PoliSEE',
    description:
      'Compare a region of South-East Europe with the regions most like it in structure: reference regions, performance profile, composite index and rank with its uncertainty.',
  },
  {
    path: '/benchmarking/:regionCode',
    entity: 'region',
    preload: BENCHMARK_MODULES,
    title: '{name} ({code}): smart benchmarking · PoliSEE',
    description:
      'How {name} ({country}) performs against its structurally most similar regions: strengths, weaknesses, composite index, rank interval and performance group.',
  },
  {
    path: '/practices',
    title: 'Policy examples · PoliSEE',
    description: 'Cluster policy examples from South-East Europe: instruments, budgets, measurable results and lessons, contributed by the partners and validated before publication.',
  },
  {
    path: '/practices/:slug',
    entity: 'practice',
    title: '{name} · Policy examples · PoliSEE',
    description: 'A cluster policy example from {country}: its instrument, measurable results, difficulties, lessons and transfer potential.',
  },
  {
    path: '/cycles',
    title: 'Policy-learning cycles · PoliSEE',
    description: 'How regions of South-East Europe analyse, benchmark, learn from peers, plan, pilot, evaluate and transfer cluster policies, with the recommendations of peer reviews.',
  },
  {
    path: '/cycles/:id',
    title: 'A policy-learning cycle · PoliSEE',
    description: 'The story of a region’s policy-learning cycle, from the regional analysis to the transfer of what worked.',
  },
  {
    path: '/pilots',
    title: 'Pilot actions and their KPIs · PoliSEE',
    description: 'Pilot actions that test the measures of the partners’ action plans, with each KPI against its baseline and target.',
  },
  {
    path: '/glossary',
    title: 'Glossary of benchmarking terms · PoliSEE',
    description: 'Reference region, normalisation, composite index, performance group, rank interval and the other terms of smart benchmarking, in plain words.',
  },
  {
    path: '/training',
    title: 'S3 training package · PoliSEE',
    description: 'Learn the smart specialisation (S3) method: modules on the six steps of the RIS3 Guide and on cluster policy, with lessons, resources, quizzes and certificates.',
  },
  {
    path: '/training/modules/:moduleSlug',
    title: 'A training module · PoliSEE',
    description: 'A module of the S3 training package: short lessons that open the platform’s tools, resources and a quiz with explanations.',
  },
  {
    path: '/training/dashboard',
    title: 'My learning · PoliSEE',
    description: 'Your training modules, lessons done, best quiz scores and certificates.',
  },
  {
    path: '/training/sign-in',
    title: 'Sign in to the training package · PoliSEE',
    description: 'Sign in to keep your training progress and earn certificates.',
  },
  {
    path: '/training/register',
    title: 'Create a learner account · PoliSEE',
    description: 'Register as a learner of the S3 training package: progress kept with your account and certificates of completion.',
  },
  {
    path: '/training/confirm',
    title: 'Confirm your email · PoliSEE',
    description: 'Confirm the email address of your learner account.',
  },
  {
    path: '/training/verify',
    title: 'Verify a certificate · PoliSEE',
    description: 'Check that a certificate of the S3 training package is genuine by its verification code.',
  },
  {
    path: '/training/verify/:code',
    title: 'Certificate verification · PoliSEE',
    description: 'The result of checking a certificate code of the S3 training package.',
  },
  {
    path: '/training/self-assessment',
    title: 'RIS3 self-assessment wheel · PoliSEE',
    description: 'Score your region’s smart specialisation strategy against the six steps of the RIS3 Guide, and compare it with an earlier assessment and the partnership’s average.',
  },
  {
    path: '/foresight',
    title: 'Foresight exercises · PoliSEE',
    description: 'Delphi exercises on the future of clusters in South-East Europe: anonymous expert panels, consensus across rounds, scenarios, next to the regions’ benchmark data.',
  },
  {
    path: '/foresight/:exerciseId',
    title: 'Foresight results · PoliSEE',
    description: 'The results of a Delphi exercise: per statement the distribution of answers, the median and interquartile range, consensus and change across rounds, and the arguments.',
  },
  {
    path: '/foresight/:exerciseId/scenarios',
    title: 'Foresight scenarios · PoliSEE',
    description: 'Scenario narratives built from the drivers of a Delphi exercise on clusters in South-East Europe.',
  },
  {
    path: '/foresight/answer/:token',
    title: 'Your foresight panel answers · PoliSEE',
    description: 'The answering page of a foresight panellist, opened by a personal invitation link.',
  },
  {
    path: '/developers',
    title: 'GraphQL API for developers · PoliSEE',
    description: 'Query the open GraphQL endpoint of PoliSEE: regions, indicators, observations and benchmarks, with examples to run.',
  },
] as const;
