import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

/** A term of art of the platform, explained once: a short line for the tooltip, a paragraph for the glossary. */
export interface GlossaryTerm {
  /** The anchor on the glossary page (`/glossary#rank-interval`). */
  id: GlossaryTermId;
  term: MessageDescriptor;
  short: MessageDescriptor;
  long: MessageDescriptor;
}

export type GlossaryTermId =
  | 'reference-region'
  | 'structural-distance'
  | 'normalisation'
  | 'score'
  | 'gap'
  | 'percentile'
  | 'composite'
  | 'aggregation'
  | 'coverage'
  | 'performance-group'
  | 'rank-interval'
  | 'demo-data';

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'reference-region',
    term: msg({ message: 'Reference region', comment: 'Glossary term' }),
    short: msg`A region that resembles the one you study in structure (population, economy, sectors), so comparing with it is fair.`,
    long: msg`Smart benchmarking compares a region with its reference regions instead of with every region. They are the regions closest to it in structural indicators such as population density, GDP per head, sectoral shares of employment and education. You choose how many (3 to 30), which structural dimensions count more, and whether regions of the same country are left out.`,
  },
  {
    id: 'structural-distance',
    term: msg({ message: 'Structural distance', comment: 'Glossary term' }),
    short: msg`How different two regions are in structure: 0 means identical; the smaller, the more alike.`,
    long: msg`Each structural indicator is standardised over all regions (z-score), the indicators are grouped into dimensions (demography, economy, sectoral structure), and the distance is the weighted mean, over the dimensions, of the Euclidean distance within each. It is the method of the JRC S3 Platform’s benchmarking tool, with the weights left to you.`,
  },
  {
    id: 'normalisation',
    term: msg({ message: 'Normalisation', comment: 'Glossary term' }),
    short: msg`Putting indicators measured in different units on one scale, so they can be compared and combined.`,
    long: msg`Min-max maps each indicator onto 0 to 1 between the lowest and the highest region; z-score counts standard deviations from the mean; rank uses the order only; distance to the mean divides by the average. Indicators where less is better, such as unemployment, are turned round so that a higher score is always better.`,
  },
  {
    id: 'score',
    term: msg({ message: 'Score', comment: 'Glossary term: normalised score' }),
    short: msg`An indicator’s value after normalisation, oriented so that higher is always better.`,
    long: msg`Scores let you read a region’s profile across indicators with different units: with min-max normalisation, 1 is the best region of all and 0 the weakest. The raw value and its unit are always shown beside the score.`,
  },
  {
    id: 'gap',
    term: msg({ message: 'Gap to the mean', comment: 'Glossary term' }),
    short: msg`The region’s score minus the average score of its reference regions: positive is a strength, negative a weakness.`,
    long: msg`The largest positive gaps are listed as the region’s strengths and the largest negative ones as its weaknesses. They are where a policy-learning cycle usually starts: a weakness against similar regions is a gap another region has already closed.`,
  },
  {
    id: 'percentile',
    term: msg({ message: 'Percentile', comment: 'Glossary term' }),
    short: msg`Where the region stands in its group on one indicator: 100 is the best, 0 the weakest.`,
    long: msg`A percentile of 75 means the region does better than three quarters of its reference regions on that indicator.`,
  },
  {
    id: 'composite',
    term: msg({ message: 'Composite index', comment: 'Glossary term' }),
    short: msg`One number summing up the region’s performance: the weighted mean of its indicator scores.`,
    long: msg`The composite follows the method of the Regional Innovation Scoreboard: the mean of normalised indicators, here with weights you can change. It is computed only when the region has values for enough indicators (the coverage), and ranks the region within its group.`,
  },
  {
    id: 'aggregation',
    term: msg({ message: 'Aggregation', comment: 'Glossary term' }),
    short: msg`How scores are combined into the composite: arithmetic mean (compensatory) or geometric mean (less compensatory).`,
    long: msg`With the arithmetic mean a very good score makes up fully for a very poor one (“compensatory”). The geometric mean rewards balanced profiles: a weak indicator pulls the composite down more, so strengths compensate less for weaknesses.`,
  },
  {
    id: 'coverage',
    term: msg({ message: 'Indicator coverage', comment: 'Glossary term' }),
    short: msg`The share of the indicators for which the region has a value; below the minimum (75%) no composite is computed.`,
    long: msg`Missing values stay missing: they are not guessed. A composite over too few indicators would not be comparable with the others, so a region below the minimum coverage is shown without a composite and rank.`,
  },
  {
    id: 'performance-group',
    term: msg({ message: 'Performance group', comment: 'Glossary term' }),
    short: msg`Leader, Strong, Moderate or Emerging: the composite as an index where the average of all regions is 100.`,
    long: msg`As in the Regional Innovation Scoreboard: Leader above 125, Strong 100 to 125, Moderate 70 to 100, Emerging below 70. Each group has three sub-groups, marked + (upper third), no sign (middle) and − (lower third). The cut-offs are those of the 2021 edition.`,
  },
  {
    id: 'rank-interval',
    term: msg({ message: 'Rank interval', comment: 'Glossary term' }),
    short: msg`The ranks the region would take in 90% of a thousand plausible weightings: a short interval is a robust rank.`,
    long: msg`A rank depends on choices, above all the weights. The platform recomputes the composite and the ranks many times (Monte Carlo), each time with randomly varied weights, and reports the median rank and the range from the 5th to the 95th percentile. Two regions whose intervals overlap cannot really be told apart.`,
  },
  {
    id: 'demo-data',
    term: msg({ message: 'Demo data', comment: 'Glossary term' }),
    short: msg`Plausible generated values standing in for official statistics not yet loaded; marked, and never a basis for conclusions.`,
    long: msg`Official figures keep their source (Eurostat, national offices). Where none has been loaded yet, the demonstration database holds generated values so that every tool can be tried; they are flagged in the data and marked “demo data” on every screen. The benchmark opens on the year with the most official figures, and can leave demo values out altogether.`,
  },
];

export const glossaryTerm = (id: GlossaryTermId): GlossaryTerm => GLOSSARY.find((term) => term.id === id)!;
