import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { DataFilterOptionsQuery, ExportObservationsQuery, ObservationListQuery, type FileFormat, type ObservationFilter } from '@polisee/graphql';
import { commonMessages, DemoBadge, downloadBase64, ErrorAlert, Field, fileFormatLabels, LoadError, Loading, observationFlagLabels, optionsOf, pagerMessages, useFormat, TableScroll } from '@polisee/ui';
import { readApiError } from '../../app/api-error';
import { PagerButtons, useCursorPages } from '../../app/cursor-pages';
import { MultiComboBox } from '../../kit/multi-combobox';
import { listParam, optionalIntParam, useUrlState } from '../../kit/url-state';

const pageSize = 25;

/** The observation filters in the URL: `?ind=BERD_EUR_PER_INH&country=RO,IT&region=ITI3&from=2016&to=2020`. */
const filterParams = {
  ind: listParam({ pattern: /^[A-Z][A-Z0-9_]{1,39}$/ }),
  country: listParam({ pattern: /^[A-Z]{2}$/ }),
  region: listParam({ pattern: /^[A-Z]{2}[A-Z0-9]{0,5}$/ }),
  from: optionalIntParam(),
  to: optionalIntParam(),
};

/** The observations browser and the export: one filter drives both. */
export function ObservationsPanel() {
  const { t, i18n } = useLingui();
  const numbers = useFormat();
  const client = useApolloClient();
  const options = useQuery(DataFilterOptionsQuery);
  const { values: view, update, reset } = useUrlState(filterParams);
  const { ind: indicators, region: regions, country: countries, from: yearFrom, to: yearTo } = view;
  const [format, setFormat] = useState<FileFormat>('CSV');
  const [exporting, setExporting] = useState(false);
  const [exportStatus, setExportStatus] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const filter = useMemo<ObservationFilter>(
    () => ({
      ...(indicators.length ? { indicators } : {}),
      ...(regions.length ? { regions } : {}),
      ...(countries.length ? { countries } : {}),
      ...(yearFrom != null ? { yearFrom } : {}),
      ...(yearTo != null ? { yearTo } : {}),
    }),
    [indicators, regions, countries, yearFrom, yearTo],
  );

  const pages = useCursorPages(JSON.stringify(filter));
  const { after, page } = pages;
  const { data, previousData, loading, error, refetch } = useQuery(ObservationListQuery, {
    variables: { filter, first: pageSize, after },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.observations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const from = rows.length > 0 ? (page - 1) * pageSize + 1 : 0;
  const to = from > 0 ? from + rows.length - 1 : 0;
  const total = connection?.totalCount ?? 0;
  const [fromText, toText, totalText] = [from, to, total].map((value) => numbers.number(value));
  const removeChoice = (option: string) => t`Remove ${option}`;
  const years = options.data?.availableYears ?? [];
  const indicatorOptions = useMemo(
    () => (options.data?.indicators ?? []).map((indicator) => ({ id: indicator.code, label: `${indicator.code} — ${indicator.name}` })),
    [options.data],
  );
  const countryOptions = useMemo(
    () =>
      [...(options.data?.countries ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
        .map((country) => ({ id: country.code, label: country.name })),
    [options.data],
  );
  const regionOptions = useMemo(
    () =>
      (options.data?.regions ?? [])
        .filter((region) => countries.length === 0 || countries.includes(region.country))
        .map((region) => ({ id: region.code, label: `${region.code} — ${region.name}` })),
    [options.data, countries],
  );

  async function handleExport() {
    setExporting(true);
    setExportError(null);
    setExportStatus(null);
    try {
      const result = await client.query({ query: ExportObservationsQuery, variables: { filter, format }, fetchPolicy: 'no-cache' });
      const file = result.data?.exportObservations;
      if (!file) throw new Error('empty export');
      downloadBase64(file.contentBase64, file.fileName, file.contentType);
      const fileName = file.fileName;
      const rowCount = file.rowCount;
      setExportStatus(t`Downloaded ${fileName} (${plural(rowCount, { one: '# row', other: '# rows' })}).`);
    } catch (e) {
      setExportError(readApiError(e).message);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section aria-labelledby="observations-title" className="panel">
      <h2 id="observations-title">{t`Observations`}</h2>
      {options.error ? <ErrorAlert>{readApiError(options.error).message}</ErrorAlert> : null}
      <form className="filters filters--data" role="search" aria-label={t`Filter observations`} onSubmit={(event) => event.preventDefault()}>
        <MultiComboBox
          label={t`Indicators`}
          hint={t`None chosen means all. Type to search; choose as many as you need.`}
          options={indicatorOptions}
          value={indicators}
          onChange={(ind) => update({ ind })}
          placeholder={t`Type to search…`}
          emptyText={t`Nothing matches.`}
          selectedLabel={t`Chosen indicators`}
          removeLabel={removeChoice}
          openLabel={t`Show indicators`}
          testId="filter-indicators"
        />
        <MultiComboBox
          label={t`Countries`}
          hint={t`None chosen means all. Type to search; choose as many as you need.`}
          options={countryOptions}
          value={countries}
          onChange={(country) => update({ country })}
          placeholder={t`Type to search…`}
          emptyText={t`Nothing matches.`}
          selectedLabel={t`Chosen countries`}
          removeLabel={removeChoice}
          openLabel={t`Show countries`}
          testId="filter-countries"
        />
        <MultiComboBox
          label={t`Regions`}
          hint={t`None chosen means all. Type to search; choose as many as you need.`}
          options={regionOptions}
          value={regions}
          onChange={(region) => update({ region })}
          placeholder={t`Type to search…`}
          emptyText={t`Nothing matches.`}
          selectedLabel={t`Chosen regions`}
          removeLabel={removeChoice}
          openLabel={t`Show regions`}
          testId="filter-regions"
        />
        <div>
          <Field label={t`From year`}>
            {(control) => (
              <select {...control} className="select" value={yearFrom ?? ''} onChange={(event) => update({ from: event.target.value ? Number(event.target.value) : null })}>
                <option value="">{t`Any`}</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t`To year`}>
            {(control) => (
              <select {...control} className="select" value={yearTo ?? ''} onChange={(event) => update({ to: event.target.value ? Number(event.target.value) : null })}>
                <option value="">{t`Any`}</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" className="button button--secondary" onClick={reset}>
            {t`Clear filters`}
          </button>
        </div>
      </form>

      <div className="export-bar card" aria-labelledby="export-title">
        <h3 id="export-title">{t`Export`}</h3>
        <p className="muted">{t`Download the observations matching the filters above.`}</p>
        <fieldset className="radio-group">
          <legend>{t`Format`}</legend>
          {optionsOf(fileFormatLabels).map((option) => (
            <label key={option.value}>
              <input type="radio" name="export-format" value={option.value} checked={format === option.value} onChange={() => setFormat(option.value)} />{' '}
              {i18n._(option.label)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" disabled={exporting} onClick={() => void handleExport()}>
          {exporting ? t`Preparing the file…` : i18n._(commonMessages.download)}
        </button>
        <div aria-live="polite">
          {exportStatus ? (
            <p className="alert alert--success" role="status" data-testid="export-status">
              {exportStatus}
            </p>
          ) : null}
        </div>
        {exportError ? <ErrorAlert title={t`The export failed`}>{exportError}</ErrorAlert> : null}
      </div>

      {error ? (
        <LoadError title={t`Observations could not be loaded`} message={readApiError(error).message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} />
      ) : null}
      {!connection && loading ? <Loading label={t`Loading observations…`} /> : null}
      {connection ? (
        <>
          <TableScroll busy={loading}>
            <table className="table table--compact" data-testid="observations-table">
              <caption>{t`Observations matching the filters (${totalText} in total)`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t`Indicator`}</th>
                  <th scope="col">{t`Region`}</th>
                  <th scope="col" className="numeric">
                    {t`Year`}
                  </th>
                  <th scope="col" className="numeric">
                    {t`Value`}
                  </th>
                  <th scope="col">{t`Unit`}</th>
                  <th scope="col">{t`Flag`}</th>
                  <th scope="col">{t`Source`}</th>
                  <th scope="col">{t`Updated`}</th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td colSpan={8}>{t`No observations match these filters.`}</td>
                  </tr>
                ) : (
                  rows.map((observation) => (
                    <tr key={observation.id} data-testid="observation-row">
                      <td>
                        <code title={observation.indicator.name}>{observation.indicatorCode}</code>
                      </td>
                      <td>
                        {observation.region.name} <span className="muted">({observation.regionCode})</span>
                      </td>
                      <td className="numeric">{observation.year}</td>
                      <td className="numeric">
                        {observation.value == null ? <span className="muted">{t`missing`}</span> : numbers.number(observation.value, { maximumFractionDigits: 6 })}
                        {observation.isDemo ? (
                          <>
                            {' '}
                            <DemoBadge label={t`Demo data`} title={t`Plausible demonstration value, not an official statistic`} />
                          </>
                        ) : null}
                      </td>
                      <td>{observation.indicator.unit}</td>
                      <td>{observation.flag && observation.flag !== 'DEMO' ? i18n._(observationFlagLabels[observation.flag]) : ''}</td>
                      <td>{observation.source}</td>
                      <td>
                        <time dateTime={observation.updatedAt}>{numbers.date(observation.updatedAt)}</time>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </TableScroll>
          <nav className="pagination" aria-label={t`Observations`}>
            <p className="muted" aria-live="polite" data-testid="observation-page-status" style={{ margin: 0 }}>
              {total === 0 ? t`No observations` : t`Page ${page} · observations ${fromText}–${toText} of ${totalText}`}
            </p>
            <div className="pagination__controls">
              <PagerButtons pages={pages} pageInfo={connection.pageInfo} loading={loading} previousLabel={i18n._(pagerMessages.previous)} nextLabel={i18n._(pagerMessages.next)} />
            </div>
          </nav>
        </>
      ) : null}
    </section>
  );
}
