import { i18n } from '@lingui/core';
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
import { ConfirmDialog, developmentAreaLabels, EnumSelect, ErrorAlert, Field, indicatorKindLabels, indicatorTransformLabels, LoadError, Loading, polarityLabels } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { columnsFor, DataTable } from '../../kit/data-table';
import { boolParam, enumParam, sortParam, textParam, useUrlState } from '../../kit/url-state';
import { useDraftText } from '../../kit/use-draft-text';
import { indicatorStrings as t } from './strings';

type IndicatorSortField = 'NAME' | 'KIND' | 'AREA' | 'UNIT' | 'OBSERVATIONS' | 'YEARS' | 'DEMO_SHARE' | 'STATUS';

/** The list's view in the URL; every definition is loaded, so the table sorts on the client. */
const listParams = {
  q: textParam(),
  kind: enumParam(Object.keys(indicatorKindLabels) as IndicatorKind[]),
  area: enumParam(Object.keys(developmentAreaLabels) as DevelopmentArea[]),
  retired: boolParam(),
  sort: sortParam<IndicatorSortField>(['NAME', 'KIND', 'AREA', 'UNIT', 'OBSERVATIONS', 'YEARS', 'DEMO_SHARE', 'STATUS'], { field: 'NAME', direction: 'ASC' }),
};

const col = columnsFor<IndicatorRowFragment>();

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
  const { values: view, update, reset } = useUrlState(listParams);
  const [search, setSearch] = useDraftText(view.q, (q) => update({ q }));

  const filter = useMemo<IndicatorFilter>(
    () => ({
      ...(view.kind ? { kind: view.kind } : {}),
      ...(view.area ? { areas: [view.area] } : {}),
      ...(view.q.trim() ? { search: view.q.trim() } : {}),
      includeRetired: view.retired,
    }),
    [view.kind, view.area, view.q, view.retired],
  );

  // Clear the history state so a reload does not repeat the message (the query string stays).
  useEffect(() => {
    if ((location.state as IndicatorListLocationState | null)?.status) {
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    }
  }, [location.pathname, location.search, location.state, navigate]);

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

  // Ten columns, not thirteen: code under the name, the dimension with the kind, polarity and
  // transform as one "scoring" column, so the table and its actions fit 1280 px.
  const columns = useMemo(
    () => [
      col.accessor('name', {
        id: 'NAME',
        header: t.columns.indicator,
        meta: { rowHeader: true },
        sortFn: 'text',
        cell: ({ row }) => (
          <>
            <span className="cell-title">{row.original.name}</span>
            <code className="cell-sub">{row.original.code}</code>
          </>
        ),
      }),
      col.accessor((row) => i18n._(indicatorKindLabels[row.kind]), {
        id: 'KIND',
        header: t.columns.kind,
        sortFn: 'text',
        cell: ({ row }) => (
          <>
            {i18n._(indicatorKindLabels[row.original.kind])}
            {row.original.dimension ? <span className="cell-sub">{row.original.dimension}</span> : null}
          </>
        ),
      }),
      col.accessor((row) => i18n._(developmentAreaLabels[row.area]), { id: 'AREA', header: t.columns.area, sortFn: 'text' }),
      col.accessor('unit', { id: 'UNIT', header: t.columns.unit, sortFn: 'text' }),
      col.display({
        id: 'scoring',
        header: t.columns.scoring,
        cell: ({ row }) => (
          <>
            {i18n._(polarityLabels[row.original.polarity])}
            {row.original.transform !== 'NONE' ? <span className="cell-sub">{i18n._(indicatorTransformLabels[row.original.transform])}</span> : null}
          </>
        ),
      }),
      col.accessor('observationCount', { id: 'OBSERVATIONS', header: t.columns.observations, meta: { numeric: true }, sortFn: 'basic', cell: ({ getValue }) => count.format(getValue()) }),
      col.accessor((row) => row.lastYear ?? 0, {
        id: 'YEARS',
        header: t.columns.years,
        sortFn: 'basic',
        cell: ({ row }) => (row.original.firstYear == null ? t.noYears : `${row.original.firstYear}–${row.original.lastYear ?? ''}`),
      }),
      col.accessor('demoShare', {
        id: 'DEMO_SHARE',
        header: t.columns.demoShare,
        meta: { numeric: true },
        sortFn: 'basic',
        cell: ({ getValue }) => (getValue() > 0 ? <span className="badge badge--demo">{percent.format(getValue())}</span> : percent.format(0)),
      }),
      col.accessor((row) => (row.retired ? 1 : 0), {
        id: 'STATUS',
        header: t.columns.status,
        sortFn: 'basic',
        cell: ({ row }) =>
          row.original.retired ? <span className="badge badge--muted">{t.retiredBadge}</span> : <span className="badge badge--success">{t.activeBadge}</span>,
      }),
      col.display({
        id: 'actions',
        header: t.columns.actions,
        meta: { hiddenHeader: true },
        cell: ({ row }) => {
          const indicator = row.original;
          return (
            <div className="row-actions">
              <Link className="button button--secondary button--small" to={`/indicators/${indicator.code}/edit`} aria-label={t.editNamed(indicator.code)}>
                {t.edit}
              </Link>
              <button
                type="button"
                className={indicator.retired ? 'button button--secondary button--small' : 'button button--danger-quiet button--small'}
                aria-label={indicator.retired ? t.restoreNamed(indicator.code) : t.retireNamed(indicator.code)}
                onClick={() => {
                  setActionError(null);
                  setPending({ kind: indicator.retired ? 'restore' : 'retire', indicator });
                }}
              >
                {indicator.retired ? t.restore : t.retire}
              </button>
            </div>
          );
        },
      }),
    ],
    [],
  );

  if (!isAdmin) return <ErrorAlert>{t.forbidden}</ErrorAlert>;

  const rows = (data ?? previousData)?.indicators;


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
            <EnumSelect {...control} labels={indicatorKindLabels} placeholder={t.allKinds} value={view.kind} onChange={(event) => update({ kind: event.target.value as IndicatorKind | '' })} />
          )}
        </Field>
        <Field label={t.area}>
          {(control) => (
            <EnumSelect {...control} labels={developmentAreaLabels} placeholder={t.allAreas} value={view.area} onChange={(event) => update({ area: event.target.value as DevelopmentArea | '' })} />
          )}
        </Field>
        <div className="checkbox-field">
          <label>
            <input type="checkbox" checked={view.retired} onChange={(event) => update({ retired: event.target.checked })} /> {t.includeRetired}
          </label>
        </div>
        <div className="filters__actions">
          <button type="button" className="button button--secondary" onClick={reset}>
            {t.clearFilters}
          </button>
        </div>
      </form>

      {error ? (
        <LoadError title={t.loadFailed} message={readApiError(error).message} retryLabel={t.retry} onRetry={() => void refetch()} />
      ) : null}
      {!rows && loading ? <Loading label={t.loading} /> : null}

      {rows ? (
        <DataTable
          rows={rows}
          columns={columns}
          getRowId={(indicator) => indicator.id}
          caption={t.listCaption(rows.length)}
          sort={view.sort}
          onSortChange={(sort) => update({ sort })}
          emptyText={t.noResults}
          busy={loading}
          className="table--compact"
          testId="indicators-table"
          rowProps={(indicator) => ({ 'data-testid': 'indicator-row', className: indicator.retired ? 'row--retired' : undefined })}
        />
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
