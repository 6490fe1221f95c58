import { DomainError } from '../errors';

/**
 * Peer matchmaking for a learning cycle (DOMAIN.md 5 and 6): among the target region's reference
 * regions (structurally similar, from the benchmark), those that perform better on the gap
 * indicators the cycle chose are the ones worth learning from. A candidate is suggested when it
 * is better than the target on at least one gap indicator. Ranking: the number of gap indicators
 * on which it is better (descending), then its mean advantage over the target (descending), then
 * the structural distance (ascending), then the code.
 *
 * The advantage on an indicator is (candidate - target) / (max - min) over the target and all
 * candidates, oriented by polarity (positive = better): a range-normalised distance, so
 * indicators in different units can be averaged (min-max normalisation, DOMAIN.md 4.2). When all
 * values are equal there is no advantage.
 */

export interface MatchGapIndicator {
  readonly code: string;
  readonly polarity: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
}

export interface MatchCandidate {
  readonly code: string;
  /** Structural distance from the target (0 = identical). */
  readonly distance: number;
  /** Value per indicator code; missing or null = no value. */
  readonly values: Readonly<Record<string, number | null | undefined>>;
}

export interface MatchAdvantage {
  readonly indicator: string;
  readonly value: number;
  readonly targetValue: number;
  /** Range-normalised advantage in (0, 1]; > 0 means the candidate is better. */
  readonly advantage: number;
}

export interface PeerMatch {
  readonly code: string;
  readonly distance: number;
  /** Gap indicators on which the candidate is better, largest advantage first. */
  readonly betterOn: readonly MatchAdvantage[];
  /** Mean advantage over the gap indicators on which both have a value (may be below 0). */
  readonly meanAdvantage: number;
  readonly rank: number;
}

export function rankPeerMatches(input: {
  readonly targetValues: Readonly<Record<string, number | null | undefined>>;
  readonly gaps: readonly MatchGapIndicator[];
  readonly candidates: readonly MatchCandidate[];
}): PeerMatch[] {
  if (input.gaps.length === 0) throw new DomainError('EMPTY_SET', 'matchmaking needs at least one gap indicator');
  const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  const range = new Map<string, number>();
  for (const g of input.gaps) {
    const all = [input.targetValues[g.code], ...input.candidates.map((c) => c.values[g.code])].filter(finite);
    range.set(g.code, all.length ? Math.max(...all) - Math.min(...all) : 0);
  }
  const matches: Omit<PeerMatch, 'rank'>[] = [];
  for (const c of input.candidates) {
    const advantages: MatchAdvantage[] = [];
    for (const g of input.gaps) {
      const t = input.targetValues[g.code];
      const v = c.values[g.code];
      if (!finite(t) || !finite(v)) continue;
      const r = range.get(g.code)!;
      const diff = g.polarity === 'LOWER_IS_BETTER' ? t - v : v - t;
      advantages.push({ indicator: g.code, value: v, targetValue: t, advantage: r > 0 ? diff / r : 0 });
    }
    const betterOn = advantages.filter((a) => a.advantage > 0).sort((a, b) => b.advantage - a.advantage || a.indicator.localeCompare(b.indicator));
    if (betterOn.length === 0) continue;
    const meanAdvantage = advantages.reduce((s, a) => s + a.advantage, 0) / advantages.length;
    matches.push({ code: c.code, distance: c.distance, betterOn, meanAdvantage });
  }
  matches.sort(
    (a, b) => b.betterOn.length - a.betterOn.length || b.meanAdvantage - a.meanAdvantage || a.distance - b.distance || a.code.localeCompare(b.code),
  );
  return matches.map((m, i) => ({ ...m, rank: i + 1 }));
}
