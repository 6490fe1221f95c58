import { useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PeerRecommendationsQuery, PublicCyclesQuery, type LearningStage } from '@polisee/graphql';
import { DemoBadge, learningStageLabels, LoadError, Loading, useDocumentTitle, useFormat } from '@polisee/ui';


/** The public learning cycles and the recommendations of completed peer reviews. */
export function CyclesPage() {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const stageNow = (code: LearningStage) => {
    const stage = i18n._(learningStageLabels[code]);
    return t`Now at: ${stage}`;
  };
  const peersFrom = (codes: string[]) => {
    const countries = format.list(codes.map((code) => (/^[A-Z]{2}$/.test(code) ? format.country(code) : code)));
    return t`Peers from ${countries}`;
  };
  useDocumentTitle(t`Learning cycles`);
  const cycles = useQuery(PublicCyclesQuery);
  const reviews = useQuery(PeerRecommendationsQuery);
  const list = cycles.data?.learningCycles.edges.map((e) => e.node) ?? [];
  const recs = reviews.data?.peerReviews.edges.map((e) => e.node).filter((r) => r.cycle.isPublic) ?? [];
  return (
    <section className="container section" aria-labelledby="cycles-title">
      <h1 id="cycles-title">{t`Learning cycles`}</h1>
      <p>{t`How regions analyse, benchmark, learn from peers, plan, pilot, evaluate and transfer: the cycles their owners share.`}</p>
      {cycles.error ? <LoadError message={t`The cycle could not be loaded.`} onRetry={() => void cycles.refetch()} /> : null}
      {cycles.loading && !cycles.data ? <Loading /> : null}
      {cycles.data && list.length === 0 ? <p>{t`No public learning cycle yet.`}</p> : null}
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
            <small>{stageNow(c.stage)}</small>
          </li>
        ))}
      </ul>
      <h2>{t`Peer-review recommendations`}</h2>
      <p>{t`What peers from other countries recommended to the host regions.`}</p>
      {reviews.data && recs.length === 0 ? <p>{t`No completed peer review yet.`}</p> : null}
      {recs.map((r) => (
        <article key={r.id} className="subcard" data-testid="recommendations">
          <h3>
            {r.topic} {r.isDemo ? <DemoBadge /> : null}
          </h3>
          <p className="muted">
            {r.hostRegion?.name} · {r.hostPartner?.name}
            {r.startsOn ? ` · ${r.startsOn}` : ''} · {peersFrom(r.peerCountries)} · <Link to={`/cycles/${r.cycle.id}`}>{r.cycle.title}</Link>
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
