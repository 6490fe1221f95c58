import { useDocumentTitle } from '@polisee/ui';
import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { PartnershipQuery, type ResultOf } from '@polisee/graphql';
import { DemoBadge, LoadError, Loading, partnerRoleLabels, partnerTypeLabels } from '@polisee/ui';
import { errorMessage } from '../../app/error-message';
import { PartnerMap, type MapPartner } from './partner-map';
import { partnershipStrings as t } from './strings';

type Partner = ResultOf<typeof PartnershipQuery>['partners']['edges'][number]['node'];

interface CountryGroup {
  code: string;
  name: string;
  euMember: boolean | undefined;
  partners: Partner[];
}

function groupByCountry(partners: Partner[], countries: ResultOf<typeof PartnershipQuery>['countries']): CountryGroup[] {
  const byCode = new Map<string, CountryGroup>();
  for (const partner of partners) {
    let group = byCode.get(partner.country);
    if (!group) {
      const country = countries.find((item) => item.code === partner.country);
      group = { code: partner.country, name: country?.name ?? partner.countryName, euMember: country?.euMember, partners: [] };
      byCode.set(partner.country, group);
    }
    group.partners.push(partner);
  }
  const groups = [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
  // The lead partner first, then by name.
  for (const group of groups) {
    group.partners.sort((a, b) => Number(b.role === 'LEAD_PARTNER') - Number(a.role === 'LEAD_PARTNER') || a.name.localeCompare(b.name));
  }
  return groups;
}

function toMapPartner(partner: Partner): MapPartner | null {
  const region = partner.region;
  if (!region || region.latitude == null || region.longitude == null) return null;
  return {
    id: partner.id,
    name: partner.name,
    acronym: partner.acronym,
    countryName: partner.countryName,
    isLead: partner.role === 'LEAD_PARTNER',
    regionCode: region.code,
    regionName: region.name,
    latitude: region.latitude,
    longitude: region.longitude,
  };
}

export function PartnershipPage() {
  useDocumentTitle('The partnership · PoliSEE');
  const { data, loading, error, refetch } = useQuery(PartnershipQuery);

  const partners = useMemo(() => data?.partners.edges.map((edge) => edge.node) ?? [], [data]);
  const groups = useMemo(() => (data ? groupByCountry(partners, data.countries) : []), [data, partners]);
  const onMap = useMemo(() => partners.map(toMapPartner).filter((item): item is MapPartner => item !== null), [partners]);
  const notOnMap = useMemo(() => partners.filter((partner) => toMapPartner(partner) === null), [partners]);
  const hasDemo = partners.some((partner) => partner.isDemo);

  return (
    <div className="container section">
      <h1>{t.title}</h1>
      {loading && !data ? <Loading label={t.loading} /> : null}
      {error && !data ? (
        <LoadError title={t.loadFailed} message={errorMessage(error)} retryLabel={t.retry} onRetry={() => void refetch()} />
      ) : null}
      {data ? (
        <>
          <p className="lead" data-testid="partnership-summary">
            {t.intro(data.partners.totalCount, groups.length)}
          </p>
          {hasDemo ? (
            <p className="alert alert--warning">
              <DemoBadge label={t.demoBadge} /> {t.demoNotice}
            </p>
          ) : null}

          <section aria-labelledby="map-heading" className="section--tight">
            <h2 id="map-heading">{t.mapTitle}</h2>
            <PartnerMap partners={onMap} countryCodes={groups.map((group) => group.code)} />
            {notOnMap.length > 0 ? (
              <div className="not-on-map" data-testid="not-on-map">
                <h3>{t.notOnMapTitle}</h3>
                <p>{t.notOnMapIntro}</p>
                <ul>
                  {notOnMap.map((partner) => (
                    <li key={partner.id}>
                      <a href={`#partner-${partner.id}`}>{partner.name}</a> ({partner.countryName})
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>

          <section aria-labelledby="countries-heading" className="section--tight">
            <h2 id="countries-heading">{t.byCountryTitle}</h2>
            <div className="country-groups">
              {groups.map((group) => (
                <section key={group.code} className="country-group" data-testid="country-group" aria-labelledby={`country-${group.code}`}>
                  <header className="country-group__header">
                    <h3 id={`country-${group.code}`}>{group.name}</h3>
                    <span className="country-group__meta">
                      <span data-testid="country-count">{t.countryCount(group.partners.length)}</span>
                      {group.euMember === false ? <span className="badge badge--muted">{t.ipaState}</span> : null}
                    </span>
                  </header>
                  <ul className="partner-list">
                    {group.partners.map((partner) => (
                      <li key={partner.id} id={`partner-${partner.id}`} className="partner-card" data-testid="partner-entry" tabIndex={-1}>
                        <p className="partner-card__name">
                          <strong>{partner.name}</strong>
                          {partner.acronym ? <span className="partner-card__acronym"> ({partner.acronym})</span> : null}{' '}
                          {partner.role === 'LEAD_PARTNER' ? <span className="badge">{partnerRoleLabels.LEAD_PARTNER}</span> : null}{' '}
                          {partner.isDemo ? <DemoBadge label={t.demoBadge} /> : null}
                        </p>
                        <dl className="partner-card__details">
                          <div>
                            <dt>{t.type}</dt>
                            <dd>{partnerTypeLabels[partner.type]}</dd>
                          </div>
                          <div>
                            <dt>{t.role}</dt>
                            <dd>{partnerRoleLabels[partner.role]}</dd>
                          </div>
                          <div>
                            <dt>{t.region}</dt>
                            <dd>{partner.region ? `${partner.region.name} (${partner.region.code})` : t.noRegion}</dd>
                          </div>
                          {partner.website ? (
                            <div>
                              <dt>{t.website}</dt>
                              <dd>
                                <a href={partner.website} rel="noopener noreferrer" aria-label={t.visitWebsite(partner.name)}>
                                  {partner.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                                </a>
                              </dd>
                            </div>
                          ) : null}
                        </dl>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
