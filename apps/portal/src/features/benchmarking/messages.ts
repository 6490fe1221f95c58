import { useMemo } from 'react';
import { plural, selectOrdinal } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { formatScore } from './format';

/** The explorer's messages in the active locale (one object, so components read `t.title`). */
export function useBenchmarkStrings() {
  const { t, i18n } = useLingui();
  return useMemo(
    () => ({
      title: t`Smart benchmarking`,
      intro: t`Compare a region with the regions that resemble it in structure — population, economy, sectoral make-up — rather than with all of them, and see where it performs better or worse than its peers.`,
      titleWithRegion: (name: string, code: string) => t`Smart benchmarking: ${name} (${code})`,
      pickerLabel: t({ message: 'Region', comment: 'Label of the region picker' }),
      pickerHint: t`Type a region’s name or NUTS code, then choose it from the list.`,
      pickerPlaceholder: t`e.g. Marche or ITI3`,
      pickerNoMatch: t`No region matches.`,
      pickerLoading: t`Loading regions…`,
      pickerCount: (count: number) => t`${plural(count, { one: '# region found', other: '# regions found' })}`,
      chooseRegion: t`Choose a region to see its reference regions and performance profile.`,
      setupFailed: t`The benchmarking data could not be loaded`,
      loading: t`Benchmarking…`,
      loadFailed: t`The benchmark could not be computed`,
      unknownRegion: (code: string) => t`There is no region with the code ${code}.`,
      demoNotice: t`Some values in this benchmark are demonstration data (marked “demo data”): plausible numbers standing in for official statistics not yet loaded. Do not draw policy conclusions from them.`,
      demoBadge: t`Demo data`,
      demoTitle: t`Plausible demonstration value, not an official statistic`,
      // Controls
      controlsTitle: t({ message: 'Settings', comment: 'Heading of the benchmark settings' }),
      controlsIntro: t`Every setting is kept in the page address: copy it to share this exact view.`,
      year: t`Year`,
      defaultYearOption: (year: number | null | undefined) => (year ? t`Most official figures (${year})` : t`Most official figures`),
      officialOnly: t`Official figures only (hide demo values)`,
      officialOnlyHint: t`Each region’s latest official value is used instead of a demo value; indicators without any official value are left out.`,
      yearExplained: (year: number, official: number, total: number) =>
        t`Showing ${year}: the most recent year in which official figures cover the most indicators (${official} of ${total} for this region). Choose another year in the settings.`,
      yearChosen: (year: number, official: number, total: number) => t`Showing ${year}, as chosen in the settings: official figures for ${official} of ${total} indicators of this region.`,
      compareYear: t`Compare with year`,
      noCompare: t`No comparison`,
      groupSize: t`Reference regions`,
      groupSizeHint: (min: number, max: number) => t`How many similar regions to compare with (${min}–${max}).`,
      excludeSameCountry: t`Exclude regions of the same country`,
      normalisation: t`Normalisation`,
      aggregation: t`Aggregation`,
      dimensionWeights: t`Similarity: weight of each dimension`,
      /** The seeded similarity dimensions (data keys, shown translated; others as they are). */
      dimensionNames: {
        Demography: t({ message: 'Demography', comment: 'Similarity dimension' }),
        Economy: t({ message: 'Economy', comment: 'Similarity dimension' }),
        'Sectoral structure': t({ message: 'Sectoral structure', comment: 'Similarity dimension' }),
      } as Record<string, string>,
      dimensionWeightsHint: t`How much each group of structural indicators counts when finding similar regions (0 ignores it).`,
      indicatorWeights: t`Composite: weight of each indicator`,
      indicatorWeightsHint: t`How much each performance indicator counts in the composite index (0 leaves it out).`,
      weightLabel: (name: string) => t`Weight of ${name}`,
      resetSettings: t`Reset all settings`,
      copyLink: t`Copy link to this view`,
      // Reference regions
      referenceTitle: t`Reference regions`,
      referenceIntro: (count: number, name: string) =>
        t`The ${plural(count, { one: 'region', other: '# regions' })} most similar to ${name} in structure; a smaller distance means more similar (0 would be identical).`,
      referenceColumns: {
        rank: t({ message: '#', comment: 'Table header: position in the list' }),
        region: t({ message: 'Region', comment: 'Table header' }),
        country: t({ message: 'Country', comment: 'Table header' }),
        distance: t({ message: 'Distance', comment: 'Table header: structural distance' }),
      },
      mapLabel: (name: string, count: number) =>
        t`Map of ${name} (highlighted) and its ${plural(count, { one: '# reference region', other: '# reference regions' })}, marked at their centres. The table beside it lists the same regions.`,
      mapTarget: t`Benchmarked region`,
      mapReference: t`Reference region`,
      notOnMap: (count: number) =>
        t`${plural(count, { one: '# region has no known coordinates and is not on the map.', other: '# regions have no known coordinates and are not on the map.' })}`,
      // Composite
      compositeTitle: (year: number) => t`Composite index, ${year}`,
      compositeValue: t`Composite score`,
      groupMeanValue: (mean: string) => t`group mean ${mean}`,
      compositeRank: t`Rank in the group`,
      rankOf: (rank: number | null | undefined, count: number) => (rank == null ? t`Not ranked` : t`${rank} of ${count}`),
      rankInterval: t`Rank interval (90%)`,
      intervalText: (low: number, high: number, median: number) => {
        const medianText = formatScore(median).replace(/[.,]00$/, '');
        return t`${low}–${high} (median ${medianText})`;
      },
      performanceGroup: t`Performance group`,
      indexRelative: (index: number) => {
        const value = Math.round(index);
        return t`index ${value} (average of all regions = 100)`;
      },
      change: (year: number, from: string, to: string) => t`Change since ${year} (${from} → ${to})`,
      coverage: t`Indicator coverage`,
      notRanked: t`The composite needs values for more of the indicators (minimum coverage not reached).`,
      // Profile
      profileTitle: t`Performance profile`,
      profileIntro: (normalisation: string) =>
        t`Each indicator’s normalised score (${normalisation}, oriented so that higher is better) against the reference group’s mean and best.`,
      profileChartLabel: (name: string, count: number) =>
        t`Dot chart of ${name}’s normalised score on ${plural(count, { one: '# indicator', other: '# indicators' })} compared with the reference group’s mean and best. The table below gives the same numbers.`,
      legendTarget: t`This region`,
      legendMean: t`Group mean`,
      legendBest: t`Group best`,
      legendAbove: t`Above the mean`,
      legendBelow: t`Below the mean`,
      noScore: t`no value`,
      profileTableCaption: (name: string, year: number) => t`Performance profile of ${name}, ${year}`,
      profileColumns: {
        indicator: t({ message: 'Indicator', comment: 'Table header' }),
        value: t({ message: 'Value', comment: 'Table header' }),
        unit: t({ message: 'Unit', comment: 'Table header' }),
        valueYear: t({ message: 'Year', comment: 'Table header: year of the value' }),
        score: t({ message: 'Score', comment: 'Table header: normalised score' }),
        groupMean: t({ message: 'Group mean', comment: 'Table header' }),
        groupBest: t({ message: 'Group best', comment: 'Table header' }),
        gap: t({ message: 'Gap to mean', comment: 'Table header' }),
        percentile: t({ message: 'Percentile', comment: 'Table header' }),
        weight: t({ message: 'Weight', comment: 'Table header' }),
        official: t({ message: 'Official data', comment: 'Table header: share of the compared regions whose value is an official figure, not demo data' }),
        change: t({ message: 'Score change', comment: 'Table header' }),
      },
      bestBy: (name: string) => t`best: ${name}`,
      columnTerms: t`What the columns mean:`,
      officialShareTitle: t`Share of this region and its reference regions whose value is an official figure rather than demo data`,
      downloadCsv: t`Download the profile as CSV`,
      // Highlights
      highlightsTitle: t`Strengths and weaknesses`,
      /** A whole sentence per case: the direction and the percentile change its grammar. */
      highlight: (strength: boolean, name: string, gap: number, percentile: number | null | undefined) => {
        const amount = formatScore(Math.abs(gap));
        const rank = percentile == null ? null : Math.round(percentile);
        if (strength) {
          return rank == null
            ? t`Strength: ${name} — ${amount} above the reference-group mean`
            : t`Strength: ${name} — ${amount} above the reference-group mean (${selectOrdinal(rank, { one: '#st', two: '#nd', few: '#rd', other: '#th' })} percentile)`;
        }
        return rank == null
          ? t`Weakness: ${name} — ${amount} below the reference-group mean`
          : t`Weakness: ${name} — ${amount} below the reference-group mean (${selectOrdinal(rank, { one: '#st', two: '#nd', few: '#rd', other: '#th' })} percentile)`;
      },
      noHighlights: t`No indicator stands out from the reference group.`,
      // Areas
      areasTitle: t`Development areas`,
      areasIntro: t`The mean score of the indicators in each development area, against the reference group’s mean.`,
      radarLabel: (name: string, count: number) =>
        t`Radar chart of ${name}’s score in ${plural(count, { one: '# development area', other: '# development areas' })} against the reference group’s mean. The table gives the same numbers.`,
      showAsTable: t`Show as table`,
      areaColumns: {
        area: t({ message: 'Development area', comment: 'Table header' }),
        score: t({ message: 'Score', comment: 'Table header: normalised score' }),
        groupMean: t({ message: 'Group mean', comment: 'Table header' }),
        groupBest: t({ message: 'Group best', comment: 'Table header' }),
        indicators: t({ message: 'Indicators', comment: 'Table header: number of indicators' }),
      },
      noAreas: t`Not enough data to score the development areas.`,
      // Ranking
      rankingTitle: t`Ranking with uncertainty`,
      rankingIntro: (draws: number) =>
        t`Each line spans the 5th to 95th percentile rank over ${plural(draws, { one: '# random re-weighting', other: '# random re-weightings' })} of the indicators; the tick marks the median rank, the dot the rank with the chosen weights. Overlapping lines mean the order is not certain.`,
      rankingChartLabel: (count: number) =>
        t`Rank intervals of ${plural(count, { one: '# region', other: '# regions' })}: a line from the best to the worst plausible rank, with a tick at the median. The table gives the same numbers.`,
      rankingColumns: {
        rank: t({ message: 'Rank', comment: 'Table header' }),
        region: t({ message: 'Region', comment: 'Table header' }),
        composite: t({ message: 'Composite', comment: 'Table header: composite index' }),
        interval: t({ message: '90% rank interval', comment: 'Table header' }),
        median: t({ message: 'Median rank', comment: 'Table header' }),
        coverage: t({ message: 'Coverage', comment: 'Table header: share of indicators with a value' }),
      },
      target: t({ message: 'benchmarked', comment: 'Badge on the benchmarked region in the ranking table' }),
      // Region links
      linksTitle: (name: string) => t`In ${name}`,
      partnersTitle: t`Project partners`,
      noPartners: t`No project partner is based in this region.`,
      clustersTitle: t`Clusters`,
      noClusters: t`No cluster of this region is recorded yet.`,
      clusterMembers: (members: number) => t`${plural(members, { one: '# member', other: '# members' })}`,
      clusterEmployees: (employees: number) => t`${plural(employees, { one: '# employee', other: '# employees' })}`,
      starsTitle: t`Cluster stars (European Cluster Observatory)`,
      starsIntro: t`One star each for size (top 10% by employment), specialisation (location quotient ≥ 2) and focus (top 10% by share of regional employment).`,
      noStars: t`No sector of this region earns a star.`,
      starsLabel: (stars: number) => t`${plural(stars, { one: '# star', other: '# stars' })}`,
      starsCriteria: {
        size: t({ message: 'size', comment: 'Cluster star criterion' }),
        specialisation: t({ message: 'specialisation', comment: 'Cluster star criterion' }),
        focused: t({ message: 'focus', comment: 'Cluster star criterion' }),
      },
      lq: (value: string) => t`LQ ${value}`,
      linksFailed: t`Partners and clusters could not be loaded`,
    }),
    // i18n changes identity when the locale does; t is bound to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n],
  );
}

export type BenchmarkStrings = ReturnType<typeof useBenchmarkStrings>;
