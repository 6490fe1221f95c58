import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  IndicatorListQuery,
  RestoreIndicatorMutation,
  RetireIndicatorMutation,
  type DevelopmentArea,
  type IndicatorFilter,
  type IndicatorKind,
  type IndicatorRowFragment,
} from '@polisee/graphql';
import { ConfirmDialog, developmentAreaLabels, ErrorAlert, Field, indicatorKindLabels, indicatorTransformLabels, LoadError, Loading, optionsOf, polarityLabels } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { indicatorStrings as t } from './strings';
import { i18n } from '@lingui/core';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('en');

export interface IndicatorListLocationState {
  status?: string;
}

type PendingAction = { kind: 'retire' | 'restore'; indicator: IndicatorRowFragment };

export function IndicatorListPage() {
  const isAdmin = useIsAdmin();
  const location = useLocation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string | null>((location.state as IndicatorListLocationState | null)?.status ?? null);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<IndicatorKind | ''>('');
  const [area, setArea] = useState<DevelopmentArea | ''>('');
  const [includeRetired, setIncludeRetired] = useState(false);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);

  const filter = useMemo<IndicatorFilter>(
    () => ({
      ...(kind ? { kind } : {}),
      ...(area ? { areas: [area] } : {}),
      ...(debouncedSearch ? { search: debouncedSearch } : {}),
      includeRetired,
    }),
    [kind, area, debouncedSearch, includeRetired],
  );

  // Clear the history state so a reload does not repeat the message.
  useEffect(() => {
    if ((location.state as IndicatorListLocationState | null)?.status) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [location.pathname, location.state, navigate]);

  const { data, previousData, loading, error, refetch } = useQuery(IndicatorListQuery, {
    variables: { filter },
    skip: !isAdmin,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [retireIndicator, retirement] = useMutation(RetireIndicatorMutation);
  const [restoreIndicator, restoration] = useMutation(RestoreIndicatorMutation);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  if (!isAdmin) return <ErrorAlert>{t.forbidden}</ErrorAlert>;

  const rows = (data ?? previousData)?.indicators;

  function clearFilters() {
    setSearch('');
    setKind('');
    setArea('');
    setIncludeRetired(false);
  }

  async function confirmAction() {
    if (!pending) return;
    setActionError(null);
    const { indicator } = pending;
    try {
      if (pending.kind === 'retire') {
        await retireIndicator({ variables: { id: indicator.id } });
        setStatus(t.retired(indicator.code));
      } else {
        await restoreIndicator({ variables: { id: indicator.id } });
        setStatus(t.restored(indicator.code));
      }
      setPending(null);
      await refetch();
    } catch (e) {
      setActionError(readApiError(e).message);
    }
  }

  return (
    <section aria-labelledby="indicators-title">
      <div className="page-header">
        <h1 id="indicators-title">{t.listTitle}</h1>
        <Link className="button" to="/indicators/new">
          {t.newIndicator}
        </Link>
      </div>

      <div aria-live="polite" aria-atomic="true">
        {status ? (
          <div className="alert alert--success" role="status" data-testid="indicator-status">
            {status}
          </div>
        ) : null}
      </div>

      <form className="filters" role="search" aria-label={t.filtersLabel} onSubmit={(event) => event.preventDefault()}>
        <Field label={t.search} hint={t.searchHint}>
          {(control) => <input {...control} className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <Field label={t.kind}>
          {(control) => (
            <select {...control} className="select" value={kind} onChange={(event) => setKind(event.target.value as IndicatorKind | '')}>
              <option value="">{t.allKinds}</option>
              {optionsOf(indicatorKindLabels).map((item) => (
                <option key={item.value} value={item.value}>
                  {i18n._(item.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.area}>
          {(control) => (
            <select {...control} className="select" value={area} onChange={(event) => setArea(event.target.value as DevelopmentArea | '')}>
              <option value="">{t.allAreas}</option>
              {optionsOf(developmentAreaLabels).map((item) => (
                <option key={item.value} value={item.value}>
                  {i18n._(item.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="checkbox-field">
          <label>
            <input type="checkbox" checked={includeRetired} onChange={(event) => setIncludeRetired(event.target.checked)} /> {t.includeRetired}
          </label>
        </div>
        <div className="filters__actions">
          <button type="button" className="button button--secondary" onClick={clearFilters}>
            {t.clearFilters}
          </button>
        </div>
      </form>

      {error ? (
        <LoadError title={t.loadFailed} message={readApiError(error).message} retryLabel={t.retry} onRetry={() => void refetch()} />
      ) : null}
      {!rows && loading ? <Loading label={t.loading} /> : null}

      {rows ? (
        <div className="table-wrapper" aria-busy={loading}>
          <table className="table table--compact" data-testid="indicators-table">
            <caption>{t.listCaption(rows.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.code}</th>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.area}</th>
                <th scope="col">{t.columns.unit}</th>
                <th scope="col">{t.columns.polarity}</th>
                <th scope="col">{t.columns.transform}</th>
                <th scope="col">{t.columns.dimension}</th>
                <th scope="col" className="numeric">
                  {t.columns.observations}
                </th>
                <th scope="col">{t.columns.years}</th>
                <th scope="col" className="numeric">
                  {t.columns.demoShare}
                </th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={13}>{t.noResults}</td>
                </tr>
              ) : (
                rows.map((indicator) => (
                  <tr key={indicator.id} data-testid="indicator-row" className={indicator.retired ? 'row--retired' : undefined}>
                    <td>
                      <code>{indicator.code}</code>
                    </td>
                    <th scope="row">{indicator.name}</th>
                    <td>{i18n._(indicatorKindLabels[indicator.kind])}</td>
                    <td>{i18n._(developmentAreaLabels[indicator.area])}</td>
                    <td>{indicator.unit}</td>
                    <td>{i18n._(polarityLabels[indicator.polarity])}</td>
                    <td>{i18n._(indicatorTransformLabels[indicator.transform])}</td>
                    <td>{indicator.dimension ?? '—'}</td>
                    <td className="numeric">{count.format(indicator.observationCount)}</td>
                    <td>{indicator.firstYear == null ? t.noYears : `${indicator.firstYear}–${indicator.lastYear ?? ''}`}</td>
                    <td className="numeric">
                      {indicator.demoShare > 0 ? <span className="badge badge--demo">{percent.format(indicator.demoShare)}</span> : percent.format(0)}
                    </td>
                    <td>
                      {indicator.retired ? <span className="badge badge--muted">{t.retiredBadge}</span> : <span className="badge badge--success">{t.activeBadge}</span>}
                    </td>
                    <td>
                      <div className="row-actions">
                        <Link className="button button--secondary button--small" to={`/indicators/${indicator.code}/edit`} aria-label={t.editNamed(indicator.code)}>
                          {t.edit}
                        </Link>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={indicator.retired ? t.restoreNamed(indicator.code) : t.retireNamed(indicator.code)}
                          onClick={() => {
                            setActionError(null);
                            setPending({ kind: indicator.retired ? 'restore' : 'retire', indicator });
                          }}
                        >
                          {indicator.retired ? t.restore : t.retire}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      ) : null}

      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'restore' ? t.restoreTitle : t.retireTitle}
        confirmLabel={pending?.kind === 'restore' ? t.restoreConfirm : t.retireConfirm}
        danger={pending?.kind === 'retire'}
        busy={retirement.loading || restoration.loading}
        onCancel={() => setPending(null)}
        onConfirm={() => void confirmAction()}
      >
        <p>
          {pending
            ? pending.kind === 'restore'
              ? t.restoreBody(pending.indicator.code, pending.indicator.name)
              : t.retireBody(pending.indicator.code, pending.indicator.name)
            : null}
        </p>
        <div aria-live="assertive">{actionError ? <div className="alert alert--error">{actionError}</div> : null}</div>
      </ConfirmDialog>
    </section>
  );
}
