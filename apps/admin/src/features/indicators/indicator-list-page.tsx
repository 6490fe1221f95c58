import { useLingui } from '@lingui/react/macro';
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
import { commonMessages, ConfirmDialog, developmentAreaLabels, EnumSelect, ErrorAlert, Field, indicatorKindLabels, indicatorTransformLabels, LoadError, Loading, polarityLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { columnsFor, DataTable } from '../../kit/data-table';
import { boolParam, enumParam, sortParam, textParam, useUrlState } from '../../kit/url-state';
import { useDraftText } from '../../kit/use-draft-text';

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


export interface IndicatorListLocationState {
  status?: string;
}

type PendingAction = { kind: 'retire' | 'restore'; indicator: IndicatorRowFragment };

export function IndicatorListPage() {
  const { t, i18n } = useLingui();
  const format = useFormat();
  useDocumentTitle(t`Indicators`, 'PoliSEE admin');
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
        header: t`Indicator`,
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
        header: t`Kind`,
        sortFn: 'text',
        cell: ({ row }) => (
          <>
            {i18n._(indicatorKindLabels[row.original.kind])}
            {row.original.dimension ? <span className="cell-sub">{row.original.dimension}</span> : null}
          </>
        ),
      }),
      col.accessor((row) => i18n._(developmentAreaLabels[row.area]), { id: 'AREA', header: t`Area`, sortFn: 'text' }),
      col.accessor('unit', { id: 'UNIT', header: t`Unit`, sortFn: 'text' }),
      col.display({
        id: 'scoring',
        header: t`Scoring`,
        cell: ({ row }) => (
          <>
            {i18n._(polarityLabels[row.original.polarity])}
            {row.original.transform !== 'NONE' ? <span className="cell-sub">{i18n._(indicatorTransformLabels[row.original.transform])}</span> : null}
          </>
        ),
      }),
      col.accessor('observationCount', { id: 'OBSERVATIONS', header: t`Observations`, meta: { numeric: true }, sortFn: 'basic', cell: ({ getValue }) => format.number(getValue()) }),
      col.accessor((row) => row.lastYear ?? 0, {
        id: 'YEARS',
        header: t`Years`,
        sortFn: 'basic',
        cell: ({ row }) => (row.original.firstYear == null ? '—' : `${row.original.firstYear}–${row.original.lastYear ?? ''}`),
      }),
      col.accessor('demoShare', {
        id: 'DEMO_SHARE',
        header: t`Demo share`,
        meta: { numeric: true },
        sortFn: 'basic',
        cell: ({ getValue }) => (getValue() > 0 ? <span className="badge badge--demo">{format.percent(getValue())}</span> : format.percent(0)),
      }),
      col.accessor((row) => (row.retired ? 1 : 0), {
        id: 'STATUS',
        header: t`Status`,
        sortFn: 'basic',
        cell: ({ row }) =>
          row.original.retired ? <span className="badge badge--muted">{t`Retired`}</span> : <span className="badge badge--success">{t`Active`}</span>,
      }),
      col.display({
        id: 'actions',
        header: t`Actions`,
        meta: { hiddenHeader: true },
        cell: ({ row }) => {
          const indicator = row.original;
          const code = indicator.code;
          return (
            <div className="row-actions">
              <Link className="button button--secondary button--small" to={`/indicators/${indicator.code}/edit`} aria-label={t`Edit ${code}`}>
                {i18n._(commonMessages.edit)}
              </Link>
              <button
                type="button"
                className={indicator.retired ? 'button button--secondary button--small' : 'button button--danger-quiet button--small'}
                aria-label={indicator.retired ? t`Restore ${code}` : t`Retire ${code}`}
                onClick={() => {
                  setActionError(null);
                  setPending({ kind: indicator.retired ? 'restore' : 'retire', indicator });
                }}
              >
                {indicator.retired ? t`Restore` : t`Retire`}
              </button>
            </div>
          );
        },
      }),
    ],
    [t, i18n, format],
  );

  if (!isAdmin) return <ErrorAlert>{t`Only administrators can manage indicators.`}</ErrorAlert>;

  const rows = (data ?? previousData)?.indicators;
  const shownCount = format.number(rows?.length ?? 0);
  const pendingName = pending?.indicator.name;
  const pendingCode = pending?.indicator.code;


  async function confirmAction() {
    if (!pending) return;
    setActionError(null);
    const { indicator } = pending;
    const code = indicator.code;
    try {
      if (pending.kind === 'retire') {
        await retireIndicator({ variables: { id: indicator.id } });
        setStatus(t`Retired ${code}.`);
      } else {
        await restoreIndicator({ variables: { id: indicator.id } });
        setStatus(t`Restored ${code}.`);
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
        <h1 id="indicators-title">{t`Indicators`}</h1>
        <Link className="button" to="/indicators/new">
          {t`New indicator`}
        </Link>
      </div>

      <div aria-live="polite" aria-atomic="true">
        {status ? (
          <div className="alert alert--success" role="status" data-testid="indicator-status">
            {status}
          </div>
        ) : null}
      </div>

      <form className="filters" role="search" aria-label={t`Filter indicators`} onSubmit={(event) => event.preventDefault()}>
        <Field label={i18n._(commonMessages.search)} hint={t`Code or name`}>
          {(control) => <input {...control} className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <Field label={t`Kind`}>
          {(control) => (
            <EnumSelect {...control} labels={indicatorKindLabels} placeholder={t`All kinds`} value={view.kind} onChange={(event) => update({ kind: event.target.value as IndicatorKind | '' })} />
          )}
        </Field>
        <Field label={t`Development area`}>
          {(control) => (
            <EnumSelect {...control} labels={developmentAreaLabels} placeholder={t`All areas`} value={view.area} onChange={(event) => update({ area: event.target.value as DevelopmentArea | '' })} />
          )}
        </Field>
        <div className="checkbox-field">
          <label>
            <input type="checkbox" checked={view.retired} onChange={(event) => update({ retired: event.target.checked })} /> {t`Include retired indicators`}
          </label>
        </div>
        <div className="filters__actions">
          <button type="button" className="button button--secondary" onClick={reset}>
            {t`Clear filters`}
          </button>
        </div>
      </form>

      {error ? (
        <LoadError title={t`Indicators could not be loaded`} message={readApiError(error).message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} />
      ) : null}
      {!rows && loading ? <Loading label={t`Loading indicators…`} /> : null}

      {rows ? (
        <DataTable
          rows={rows}
          columns={columns}
          getRowId={(indicator) => indicator.id}
          caption={t`Indicator definitions (${shownCount} shown)`}
          sort={view.sort}
          onSortChange={(sort) => update({ sort })}
          emptyText={t`No indicators match these filters.`}
          busy={loading}
          className="table--compact"
          testId="indicators-table"
          rowProps={(indicator) => ({ 'data-testid': 'indicator-row', className: indicator.retired ? 'row--retired' : undefined })}
        />
      ) : null}

      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'restore' ? t`Restore indicator?` : t`Retire indicator?`}
        confirmLabel={pending?.kind === 'restore' ? t`Restore indicator` : t`Retire indicator`}
        danger={pending?.kind === 'retire'}
        busy={retirement.loading || restoration.loading}
        onCancel={() => setPending(null)}
        onConfirm={() => void confirmAction()}
      >
        <p>
          {pending
            ? pending.kind === 'restore'
              ? t`“${pendingName}” (${pendingCode}) will be benchmarked and accepted in imports again.`
              : t`“${pendingName}” (${pendingCode}) will no longer be benchmarked or accepted in imports. Its observations are kept, and you can restore it later.`
            : null}
        </p>
        <div aria-live="assertive">{actionError ? <div className="alert alert--error">{actionError}</div> : null}</div>
      </ConfirmDialog>
    </section>
  );
}
