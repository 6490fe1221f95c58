import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { RegionProfileQuery } from '@polisee/graphql';
import { clusterStageLabels, DemoBadge, LoadError, Loading, qualityLabelLabels } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { useBenchmarkStrings } from './messages';
import { formatValue } from './format';
import { i18n } from '@lingui/core';


/** Who and what is in the region: partners (linked to the partnership page), clusters, stars. */
export function RegionLinks({ code, name, year }: { code: string; name: string; year: number }) {
  const t = useBenchmarkStrings();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(RegionProfileQuery, { variables: { code, year } });

  return (
    <section aria-labelledby="links-title" className="section--tight" data-testid="region-links">
      <h2 id="links-title">{t.linksTitle(name)}</h2>
      {loading && !data ? <Loading /> : null}
      {error && !data ? (
        <LoadError title={t.linksFailed} message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : null}
      {data ? (
        <div className="two-columns">
          <div>
            <h3>{t.partnersTitle}</h3>
            {data.region?.partners.length ? (
              <ul data-testid="region-partners">
                {data.region.partners.map((partner) => (
                  <li key={partner.id}>
                    <Link to={`/partnership#partner-${partner.id}`}>{partner.name}</Link>
                    {partner.acronym ? ` (${partner.acronym})` : ''} {partner.isDemo ? <DemoBadge label={t.demoBadge} /> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t.noPartners}</p>
            )}
            <h3>{t.clustersTitle}</h3>
            {data.region?.clusters.length ? (
              <ul className="cluster-list" data-testid="region-clusters">
                {data.region.clusters.map((cluster) => (
                  <li key={cluster.id}>
                    <strong>{cluster.name}</strong> {cluster.isDemo ? <DemoBadge label={t.demoBadge} title={t.demoTitle} /> : null}
                    <br />
                    <span className="muted">
                      {[
                        cluster.sector.name,
                        i18n._(clusterStageLabels[cluster.stage]),
                        cluster.qualityLabel !== 'NONE' ? i18n._(qualityLabelLabels[cluster.qualityLabel]) : null,
                        cluster.members != null ? t.clusterMembers(cluster.members) : null,
                        cluster.employees != null ? t.clusterEmployees(cluster.employees) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t.noClusters}</p>
            )}
          </div>
          <div>
            <h3>{t.starsTitle}</h3>
            <p className="muted">{t.starsIntro}</p>
            {data.clusterStars.length ? (
              <ul className="stars-list" data-testid="cluster-stars">
                {[...data.clusterStars]
                  .sort((a, b) => b.stars - a.stars || a.sector.name.localeCompare(b.sector.name))
                  .map((star) => (
                    <li key={star.sector.code}>
                      <span className="stars" role="img" aria-label={t.starsLabel(star.stars)}>
                        {'★'.repeat(star.stars)}
                        <span className="stars__empty">{'☆'.repeat(Math.max(0, 3 - star.stars))}</span>
                      </span>{' '}
                      {star.sector.name}{' '}
                      <span className="muted">
                        ({[star.size ? t.starsCriteria.size : null, star.specialisation ? t.starsCriteria.specialisation : null, star.focused ? t.starsCriteria.focused : null]
                          .filter(Boolean)
                          .join(', ')}
                        ; {t.lq(formatValue(star.locationQuotient))}; {star.year})
                      </span>{' '}
                      {star.isDemo ? <DemoBadge label={t.demoBadge} title={t.demoTitle} /> : null}
                    </li>
                  ))}
              </ul>
            ) : (
              <p className="muted">{t.noStars}</p>
            )}
          </div>
        </div>
      ) : null}
    </section>
  );
}
