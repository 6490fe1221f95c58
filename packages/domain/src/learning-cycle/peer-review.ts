/**
 * Peer review guards (DOMAIN.md 3 and 6, the Interreg Europe model): a host region receives peers
 * from at least two countries other than its own; a completed review has the peers' analysis and
 * recommendations. Pure: the API and both apps check the same rules.
 */

export type PeerReviewGuard = 'PEERS_FROM_TWO_OTHER_COUNTRIES' | 'PEER_ANALYSIS_RECORDED' | 'RECOMMENDATIONS_GIVEN';

export interface PeerReviewFacts {
  /** ISO 3166 alpha-2 of the host region. */
  readonly hostCountry: string;
  readonly peers: readonly { readonly country: string }[];
  readonly peerAnalysis: string | null;
  readonly recommendations: readonly string[];
}

export interface PeerReviewRefusal {
  readonly code: 'GUARD_FAILED';
  readonly guard: PeerReviewGuard;
  readonly message: string;
}

/** Countries the peers come from, other than the host's, sorted and distinct. */
export function peerCountries(review: Pick<PeerReviewFacts, 'hostCountry' | 'peers'>): string[] {
  const host = review.hostCountry.trim().toUpperCase();
  return [...new Set(review.peers.map((p) => p.country.trim().toUpperCase()).filter((c) => c.length > 0 && c !== host))].sort();
}

/** The minimum number of other countries the peers must come from. */
export const MIN_PEER_COUNTRIES = 2;

/**
 * The guards a peer review must pass to count as completed, in order; every failing one is
 * returned (empty when the review may be completed).
 */
export function peerReviewRefusals(review: PeerReviewFacts): PeerReviewRefusal[] {
  const out: PeerReviewRefusal[] = [];
  const countries = peerCountries(review);
  if (countries.length < MIN_PEER_COUNTRIES) {
    out.push({
      code: 'GUARD_FAILED',
      guard: 'PEERS_FROM_TWO_OTHER_COUNTRIES',
      message: `peers must come from at least ${MIN_PEER_COUNTRIES} countries other than the host's (now ${countries.length === 0 ? 'none' : countries.join(', ')})`,
    });
  }
  if (!review.peerAnalysis || review.peerAnalysis.trim().length === 0) {
    out.push({ code: 'GUARD_FAILED', guard: 'PEER_ANALYSIS_RECORDED', message: "record the peers' analysis first" });
  }
  if (!review.recommendations.some((r) => r.trim().length > 0)) {
    out.push({ code: 'GUARD_FAILED', guard: 'RECOMMENDATIONS_GIVEN', message: 'a completed peer review gives at least one recommendation' });
  }
  return out;
}
