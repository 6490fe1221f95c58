import { i18n } from '@lingui/core';
import { useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { DataFilterOptionsQuery, ExportObservationsQuery, ObservationListQuery, type FileFormat, type ObservationFilter } from '@polisee/graphql';
import { DemoBadge, downloadBase64, ErrorAlert, Field, fileFormatLabels, LoadError, Loading, observationFlagLabels, optionsOf, TableScroll } from '@polisee/ui';
import { readApiError } from '../../app/api-error';
import { dataStrings as t } from './strings';
import { PagerButtons, useCursorPages } from '../../app/cursor-pages';
import { MultiComboBox } from '../../kit/multi-combobox';
import { listParam, optionalIntParam, useUrlState } from '../../kit/url-state';

const pageSize = 25;
const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

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
      setExportStatus(t.exported(file.fileName, file.rowCount));
    } catch (e) {
      setExportError(readApiError(e).message);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section aria-labelledby="observations-title" className="panel">
      <h2 id="observations-title">{t.observationsTitle}</h2>
      {options.error ? <ErrorAlert>{readApiError(options.error).message}</ErrorAlert> : null}
      <form className="filters filters--data" role="search" aria-label={t.observationsFilters} onSubmit={(event) => event.preventDefault()}>
        <MultiComboBox
          label={t.indicators}
          hint={t.multiHint}
          options={indicatorOptions}
          value={indicators}
          onChange={(ind) => update({ ind })}
          placeholder={t.typeToSearch}
          emptyText={t.noMatch}
          selectedLabel={t.chosen(t.indicators)}
          removeLabel={t.removeChoice}
          openLabel={t.showOptions(t.indicators)}
          testId="filter-indicators"
        />
        <MultiComboBox
          label={t.countries}
          hint={t.multiHint}
          options={countryOptions}
          value={countries}
          onChange={(country) => update({ country })}
          placeholder={t.typeToSearch}
          emptyText={t.noMatch}
          selectedLabel={t.chosen(t.countries)}
          removeLabel={t.removeChoice}
          openLabel={t.showOptions(t.countries)}
          testId="filter-countries"
        />
        <MultiComboBox
          label={t.regions}
          hint={t.multiHint}
          options={regionOptions}
          value={regions}
          onChange={(region) => update({ region })}
          placeholder={t.typeToSearch}
          emptyText={t.noMatch}
          selectedLabel={t.chosen(t.regions)}
          removeLabel={t.removeChoice}
          openLabel={t.showOptions(t.regions)}
          testId="filter-regions"
        />
        <div>
          <Field label={t.yearFrom}>
            {(control) => (
              <select {...control} className="select" value={yearFrom ?? ''} onChange={(event) => update({ from: event.target.value ? Number(event.target.value) : null })}>
                <option value="">{t.anyYear}</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t.yearTo}>
            {(control) => (
              <select {...control} className="select" value={yearTo ?? ''} onChange={(event) => update({ to: event.target.value ? Number(event.target.value) : null })}>
                <option value="">{t.anyYear}</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" className="button button--secondary" onClick={reset}>
            {t.clearFilters}
          </button>
        </div>
      </form>

      <div className="export-bar card" aria-labelledby="export-title">
        <h3 id="export-title">{t.exportTitle}</h3>
        <p className="muted">{t.exportIntro}</p>
        <fieldset className="radio-group">
          <legend>{t.format}</legend>
          {optionsOf(fileFormatLabels).map((option) => (
            <label key={option.value}>
              <input type="radio" name="export-format" value={option.value} checked={format === option.value} onChange={() => setFormat(option.value)} />{' '}
              {i18n._(option.label)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" disabled={exporting} onClick={() => void handleExport()}>
          {exporting ? t.exporting : t.download}
        </button>
        <div aria-live="polite">
          {exportStatus ? (
            <p className="alert alert--success" role="status" data-testid="export-status">
              {exportStatus}
            </p>
          ) : null}
        </div>
        {exportError ? <ErrorAlert title={t.exportFailed}>{exportError}</ErrorAlert> : null}
      </div>

      {error ? (
        <LoadError title={t.observationsFailed} message={readApiError(error).message} retryLabel={t.retry} onRetry={() => void refetch()} />
      ) : null}
      {!connection && loading ? <Loading label={t.loadingObservations} /> : null}
      {connection ? (
        <>
          <TableScroll busy={loading}>
            <table className="table table--compact" data-testid="observations-table">
              <caption>{t.observationsCaption(connection.totalCount)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.observationColumns.indicator}</th>
                  <th scope="col">{t.observationColumns.region}</th>
                  <th scope="col" className="numeric">
                    {t.observationColumns.year}
                  </th>
                  <th scope="col" className="numeric">
                    {t.observationColumns.value}
                  </th>
                  <th scope="col">{t.observationColumns.unit}</th>
                  <th scope="col">{t.observationColumns.flag}</th>
                  <th scope="col">{t.observationColumns.source}</th>
                  <th scope="col">{t.observationColumns.updatedAt}</th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td colSpan={8}>{t.noObservations}</td>
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
                        {observation.value == null ? <span className="muted">{t.missing}</span> : numberFormat.format(observation.value)}
                        {observation.isDemo ? (
                          <>
                            {' '}
                            <DemoBadge label={t.demo} title={t.demoTitle} />
                          </>
                        ) : null}
                      </td>
                      <td>{observation.indicator.unit}</td>
                      <td>{observation.flag && observation.flag !== 'DEMO' ? i18n._(observationFlagLabels[observation.flag]) : ''}</td>
                      <td>{observation.source}</td>
                      <td>
                        <time dateTime={observation.updatedAt}>{dateFormat.format(new Date(observation.updatedAt))}</time>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </TableScroll>
          <nav className="pagination" aria-label={t.observationsTitle}>
            <p className="muted" aria-live="polite" data-testid="observation-page-status" style={{ margin: 0 }}>
              {t.observationPageStatus(page, from, to, connection.totalCount)}
            </p>
            <div className="pagination__controls">
              <PagerButtons pages={pages} pageInfo={connection.pageInfo} loading={loading} previousLabel={t.previous} nextLabel={t.next} />
            </div>
          </nav>
        </>
      ) : null}
    </section>
  );
}
