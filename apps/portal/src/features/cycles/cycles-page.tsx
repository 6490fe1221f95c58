import { i18n } from '@lingui/core';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PeerRecommendationsQuery, PublicCyclesQuery } from '@polisee/graphql';
import { DemoBadge, LoadError, Loading, learningStageLabels , useDocumentTitle } from '@polisee/ui';
import { cycleStrings as t } from './strings';


/** The public learning cycles and the recommendations of completed peer reviews. */
export function CyclesPage() {
  useDocumentTitle(t.cyclesTitle);
  const cycles = useQuery(PublicCyclesQuery);
  const reviews = useQuery(PeerRecommendationsQuery);
  const list = cycles.data?.learningCycles.edges.map((e) => e.node) ?? [];
  const recs = reviews.data?.peerReviews.edges.map((e) => e.node).filter((r) => r.cycle.isPublic) ?? [];
  return (
    <section className="container section" aria-labelledby="cycles-title">
      <h1 id="cycles-title">{t.cyclesTitle}</h1>
      <p>{t.cyclesIntro}</p>
      {cycles.error ? <LoadError message={t.cycleLoadFailed} onRetry={() => void cycles.refetch()} /> : null}
      {cycles.loading && !cycles.data ? <Loading /> : null}
      {cycles.data && list.length === 0 ? <p>{t.noCycles}</p> : null}
      <ul className="plain-list cycle-list" data-testid="public-cycles">
        {list.map((c) => (
          <li key={c.id} className="cycle-card">
            <Link to={`/cycles/${c.id}`}>
              <strong>{c.title}</strong>
            </Link>{' '}
            {c.isDemo ? <DemoBadge /> : null}
            <small>
              {c.region?.name} ({c.region?.country}) · {c.partner?.name}
            </small>
            <small>{t.stageNow(i18n._(learningStageLabels[c.stage]))}</small>
          </li>
        ))}
      </ul>
      <h2>{t.recommendationsTitle}</h2>
      <p>{t.recommendationsIntro}</p>
      {reviews.data && recs.length === 0 ? <p>{t.noRecommendations}</p> : null}
      {recs.map((r) => (
        <article key={r.id} className="subcard" data-testid="recommendations">
          <h3>
            {r.topic} {r.isDemo ? <DemoBadge /> : null}
          </h3>
          <p className="muted">
            {r.hostRegion?.name} · {r.hostPartner?.name}
            {r.startsOn ? ` · ${r.startsOn}` : ''} · {t.peersFrom(r.peerCountries.join(', '))} · <Link to={`/cycles/${r.cycle.id}`}>{r.cycle.title}</Link>
          </p>
          <ol>
            {r.recommendations.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ol>
        </article>
      ))}
    </section>
  );
}
