import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { PartnershipQuery, type ResultOf } from '@polisee/graphql';
import { plural } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { DemoBadge, LoadError, Loading, partnerRoleLabels, partnerTypeLabels, useDocumentTitle, useFormat, type Format } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { PartnerMap, type MapPartner } from './partner-map';

type Partner = ResultOf<typeof PartnershipQuery>['partners']['edges'][number]['node'];

interface CountryGroup {
  code: string;
  name: string;
  euMember: boolean | undefined;
  partners: Partner[];
}

function groupByCountry(partners: Partner[], countries: ResultOf<typeof PartnershipQuery>['countries'], format: Format): CountryGroup[] {
  const byCode = new Map<string, CountryGroup>();
  for (const partner of partners) {
    let group = byCode.get(partner.country);
    if (!group) {
      const country = countries.find((item) => item.code === partner.country);
      group = { code: partner.country, name: format.country(partner.country), euMember: country?.euMember, partners: [] };
      byCode.set(partner.country, group);
    }
    group.partners.push(partner);
  }
  const groups = [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, format.intlLocale));
  // The lead partner first, then by name.
  for (const group of groups) {
    group.partners.sort(
      (a, b) => Number(b.role === 'LEAD_PARTNER') - Number(a.role === 'LEAD_PARTNER') || a.name.localeCompare(b.name, format.intlLocale),
    );
  }
  return groups;
}

function toMapPartner(partner: Partner, format: Format): MapPartner | null {
  const region = partner.region;
  if (!region || region.latitude == null || region.longitude == null) return null;
  return {
    id: partner.id,
    name: partner.name,
    acronym: partner.acronym,
    countryName: format.country(partner.country),
    isLead: partner.role === 'LEAD_PARTNER',
    regionCode: region.code,
    regionName: region.name,
    latitude: region.latitude,
    longitude: region.longitude,
  };
}

export function PartnershipPage() {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t`The partnership`);
  const { data, loading, error, refetch } = useQuery(PartnershipQuery);

  const partners = useMemo(() => data?.partners.edges.map((edge) => edge.node) ?? [], [data]);
  const groups = useMemo(() => (data ? groupByCountry(partners, data.countries, format) : []), [data, partners, format]);
  const onMap = useMemo(
    () => partners.map((partner) => toMapPartner(partner, format)).filter((item): item is MapPartner => item !== null),
    [partners, format],
  );
  const notOnMap = useMemo(() => partners.filter((partner) => toMapPartner(partner, format) === null), [partners, format]);
  const partnerCount = data?.partners.totalCount ?? 0;
  const countryCount = groups.length;
  const websiteLabel = (name: string) => t`Website of ${name}`;
  const hasDemo = partners.some((partner) => partner.isDemo);

  return (
    <div className="container section">
      <h1>
        <Trans>The partnership</Trans>
      </h1>
      {loading && !data ? <Loading label={t`Loading the partnership…`} /> : null}
      {error && !data ? (
        <LoadError title={t`The partnership could not be loaded`} message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : null}
      {data ? (
        <>
          <p className="lead" data-testid="partnership-summary">
            {t`${plural(partnerCount, { one: '# partner', other: '# partners' })} in ${plural(countryCount, { one: '# country', other: '# countries' })} of South-East Europe, led by the Marche Region (Italy).`}
          </p>
          {hasDemo ? (
            <p className="alert alert--warning">
              <DemoBadge />{' '}
              <Trans>
                Records marked “demo data” are plausible demonstration entries standing in for partners whose details have not
                yet been entered; they are not the real partner’s data.
              </Trans>
            </p>
          ) : null}

          <section aria-labelledby="map-heading" className="section--tight">
            <h2 id="map-heading">
              <Trans>Where the partners are</Trans>
            </h2>
            <PartnerMap partners={onMap} countryCodes={groups.map((group) => group.code)} />
            {notOnMap.length > 0 ? (
              <div className="not-on-map" data-testid="not-on-map">
                <h3>
                  <Trans>Not on the map</Trans>
                </h3>
                <p>
                  <Trans>These partners have no region with known coordinates yet:</Trans>
                </p>
                <ul>
                  {notOnMap.map((partner) => (
                    <li key={partner.id}>
                      <a href={`#partner-${partner.id}`}>{partner.name}</a> ({format.country(partner.country)})
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>

          <section aria-labelledby="countries-heading" className="section--tight">
            <h2 id="countries-heading">
              <Trans>Partners by country</Trans>
            </h2>
            <div className="country-groups">
              {groups.map((group) => (
                <section key={group.code} className="country-group" data-testid="country-group" aria-labelledby={`country-${group.code}`}>
                  <header className="country-group__header">
                    <h3 id={`country-${group.code}`}>{group.name}</h3>
                    <span className="country-group__meta">
                      <span data-testid="country-count">
                        <Plural value={group.partners.length} one="# partner" other="# partners" />
                      </span>
                      {group.euMember === false ? (
                        <span className="badge badge--muted">
                          <Trans>IPA state</Trans>
                        </span>
                      ) : null}
                    </span>
                  </header>
                  <ul className="partner-list">
                    {group.partners.map((partner) => (
                      <li key={partner.id} id={`partner-${partner.id}`} className="partner-card" data-testid="partner-entry" tabIndex={-1}>
                        <p className="partner-card__name">
                          <strong>{partner.name}</strong>
                          {partner.acronym ? <span className="partner-card__acronym"> ({partner.acronym})</span> : null}{' '}
                          {partner.role === 'LEAD_PARTNER' ? <span className="badge">{i18n._(partnerRoleLabels.LEAD_PARTNER)}</span> : null}{' '}
                          {partner.isDemo ? <DemoBadge /> : null}
                        </p>
                        <dl className="partner-card__details">
                          <div>
                            <dt>
                              <Trans>Type</Trans>
                            </dt>
                            <dd>{i18n._(partnerTypeLabels[partner.type])}</dd>
                          </div>
                          <div>
                            <dt>
                              <Trans>Role</Trans>
                            </dt>
                            <dd>{i18n._(partnerRoleLabels[partner.role])}</dd>
                          </div>
                          <div>
                            <dt>
                              <Trans>Region</Trans>
                            </dt>
                            <dd>{partner.region ? `${partner.region.name} (${partner.region.code})` : t`Not recorded`}</dd>
                          </div>
                          {partner.website ? (
                            <div>
                              <dt>
                                <Trans>Website</Trans>
                              </dt>
                              <dd>
                                <a href={partner.website} rel="noopener noreferrer" aria-label={websiteLabel(partner.name)}>
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
