import { i18n } from '@lingui/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  DeletePartnerMutation,
  PartnerFilterOptionsQuery,
  PartnerListQuery,
  type PartnerFilter,
  type PartnerRole,
  type PartnerRowFragment,
  type PartnerSortField,
  type PartnerType,
} from '@polisee/graphql';
import { ConfirmDialog, DemoBadge, EnumSelect, Field, LoadError, Loading, partnerRoleLabels, partnerTypeLabels } from '@polisee/ui';
import { PagerButtons, useCursorPages } from '../../app/cursor-pages';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { columnsFor, DataTable } from '../../kit/data-table';
import { enumParam, intParam, listParam, sortParam, textParam, useUrlState } from '../../kit/url-state';
import { useDraftText } from '../../kit/use-draft-text';
import { partnerStrings as t } from './strings';

const pageSizes = [10, 20, 50];
const budgetFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const partnerTypes = Object.keys(partnerTypeLabels) as PartnerType[];
const partnerRoles = Object.keys(partnerRoleLabels) as PartnerRole[];
const sortFields: PartnerSortField[] = ['NAME', 'ACRONYM', 'COUNTRY', 'TYPE', 'ROLE', 'BUDGET'];

/** The list's view in the URL: `?q=…&country=RO&type=…&role=…&sort=-budget&size=50`. */
const listParams = {
  q: textParam(),
  country: listParam({ pattern: /^[A-Z]{2}$/ }),
  type: enumParam(partnerTypes),
  role: enumParam(partnerRoles),
  sort: sortParam(sortFields, { field: 'NAME', direction: 'ASC' }),
  size: intParam(20, pageSizes),
};

export interface PartnerListLocationState {
  status?: string;
}

const col = columnsFor<PartnerRowFragment>();

export function PartnerListPage() {
  const isAdmin = useIsAdmin();
  const location = useLocation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string | null>((location.state as PartnerListLocationState | null)?.status ?? null);
  const { values: view, update, reset } = useUrlState(listParams);
  const [search, setSearch] = useDraftText(view.q, (q) => update({ q }));

  const filter = useMemo<PartnerFilter>(
    () => ({
      ...(view.country.length ? { countries: view.country } : {}),
      ...(view.type ? { types: [view.type] } : {}),
      ...(view.role ? { roles: [view.role] } : {}),
      ...(view.q.trim() ? { search: view.q.trim() } : {}),
    }),
    [view.country, view.type, view.role, view.q],
  );
  const orderBy = view.sort;
  const pageSize = view.size;
  const pages = useCursorPages(JSON.stringify([filter, orderBy, pageSize]));

  // Clear the history state so a reload does not repeat the message (the query string stays).
  useEffect(() => {
    if ((location.state as PartnerListLocationState | null)?.status) {
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    }
  }, [location.pathname, location.search, location.state, navigate]);

  const { after, page } = pages;
  const { data, previousData, loading, error, refetch } = useQuery(PartnerListQuery, {
    variables: { filter, orderBy, first: pageSize, after },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const options = useQuery(PartnerFilterOptionsQuery);
  const countries = useMemo(
    () => [...(options.data?.countries ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    [options.data],
  );

  const [deletePartner, deletion] = useMutation(DeletePartnerMutation);
  const [toDelete, setToDelete] = useState<PartnerRowFragment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const shown = data ?? previousData;
  const connection = shown?.partners;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const from = connection && rows.length > 0 ? (page - 1) * pageSize + 1 : 0;
  const to = from > 0 ? from + rows.length - 1 : 0;

  const columns = useMemo(
    () => [
      col.accessor('name', {
        id: 'NAME',
        header: t.columns.name,
        meta: { rowHeader: true },
        cell: ({ row }) => (
          <>
            {row.original.name} {row.original.isDemo ? <DemoBadge label={t.demo} /> : null}
          </>
        ),
      }),
      col.accessor('acronym', { id: 'ACRONYM', header: t.columns.acronym, cell: ({ getValue }) => getValue() ?? '—' }),
      col.accessor('countryName', { id: 'COUNTRY', header: t.columns.country }),
      col.display({
        id: 'region',
        header: t.columns.region,
        cell: ({ row }) => row.original.region?.name ?? row.original.regionCode ?? '—',
      }),
      col.accessor('type', { id: 'TYPE', header: t.columns.type, cell: ({ getValue }) => i18n._(partnerTypeLabels[getValue()]) }),
      col.accessor('role', { id: 'ROLE', header: t.columns.role, cell: ({ getValue }) => i18n._(partnerRoleLabels[getValue()]) }),
      col.accessor('budgetEur', {
        id: 'BUDGET',
        header: t.columns.budget,
        meta: { numeric: true },
        cell: ({ getValue }) => {
          const budget = getValue();
          return budget == null ? '—' : budgetFormat.format(budget);
        },
      }),
      ...(isAdmin
        ? [
            col.display({
              id: 'actions',
              header: t.columns.actions,
              meta: { hiddenHeader: true },
              cell: ({ row }) => (
                <div className="row-actions">
                  <Link className="button button--secondary button--small" to={`/partners/${row.original.id}/edit`} aria-label={t.editNamed(row.original.name)}>
                    {t.edit}
                  </Link>
                  <button
                    type="button"
                    className="button button--danger-quiet button--small"
                    aria-label={t.deleteNamed(row.original.name)}
                    onClick={() => {
                      setDeleteError(null);
                      setToDelete(row.original);
                    }}
                  >
                    {t.delete}
                  </button>
                </div>
              ),
            }),
          ]
        : []),
    ],
    [isAdmin],
  );

  async function confirmDelete() {
    if (!toDelete) return;
    setDeleteError(null);
    try {
      await deletePartner({ variables: { id: toDelete.id } });
      setStatus(t.deleted(toDelete.name));
      setToDelete(null);
      // The last row of a later page: step back rather than show an empty page.
      if (rows.length === 1 && page > 1) pages.back();
      else await refetch();
    } catch (e) {
      setDeleteError(readApiError(e).message);
    }
  }

  return (
    <section aria-labelledby="partners-title">
      <div className="page-header">
        <h1 id="partners-title">{t.listTitle}</h1>
        {isAdmin ? (
          <Link className="button" to="/partners/new">
            {t.newPartner}
          </Link>
        ) : null}
      </div>
      {!isAdmin ? <p className="muted">{t.readOnlyNotice}</p> : null}

      <div aria-live="polite" aria-atomic="true">
        {status ? (
          <div className="alert alert--success" role="status" data-testid="partner-status">
            {status}
          </div>
        ) : null}
      </div>

      <form className="filters" role="search" aria-label={t.filtersLabel} onSubmit={(event) => event.preventDefault()}>
        <Field label={t.search} hint={t.searchHint}>
          {(control) => <input {...control} className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <Field label={t.country}>
          {(control) => (
            <select {...control} className="select" value={view.country[0] ?? ''} onChange={(event) => update({ country: event.target.value ? [event.target.value] : [] })}>
              <option value="">{t.allCountries}</option>
              {countries.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.type}>
          {(control) => (
            <EnumSelect {...control} labels={partnerTypeLabels} placeholder={t.allTypes} value={view.type} onChange={(event) => update({ type: event.target.value as PartnerType | '' })} />
          )}
        </Field>
        <Field label={t.role}>
          {(control) => (
            <EnumSelect {...control} labels={partnerRoleLabels} placeholder={t.allRoles} value={view.role} onChange={(event) => update({ role: event.target.value as PartnerRole | '' })} />
          )}
        </Field>
        <div className="filters__actions">
          <button type="button" className="button button--secondary" onClick={reset}>
            {t.clearFilters}
          </button>
        </div>
      </form>

      {error ? (
        <LoadError title={t.loadFailed} message={readApiError(error).message} retryLabel={t.retry} onRetry={() => void refetch()} />
      ) : null}

      {!connection && loading ? <Loading label={t.loading} /> : null}

      {connection ? (
        <>
          <DataTable
            rows={rows}
            columns={columns}
            getRowId={(partner) => partner.id}
            caption={
              <>
                {t.listCaption(connection.totalCount)}
                {loading ? <span className="visually-hidden"> {t.loading}</span> : null}
              </>
            }
            sort={orderBy}
            onSortChange={(sort) => update({ sort })}
            manualSorting
            emptyText={t.noResults}
            busy={loading}
            className="table--partners"
            testId="partners-table"
            rowProps={() => ({ 'data-testid': 'partner-row' })}
          />
          <nav className="pagination" aria-label={t.pagination}>
            <p className="muted" aria-live="polite" data-testid="page-status" style={{ margin: 0 }}>
              {t.pageStatus(page, from, to, connection.totalCount)}
            </p>
            <div className="pagination__controls">
              <Field label={t.pageSize}>
                {(control) => (
                  <select {...control} className="select" value={pageSize} onChange={(event) => update({ size: Number(event.target.value) })}>
                    {pageSizes.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <PagerButtons pages={pages} pageInfo={connection.pageInfo} loading={loading} previousLabel={t.previous} nextLabel={t.next} />
            </div>
          </nav>
        </>
      ) : null}

      <ConfirmDialog
        open={toDelete !== null}
        title={t.deleteTitle}
        confirmLabel={t.deleteConfirm}
        danger
        busy={deletion.loading}
        onCancel={() => setToDelete(null)}
        onConfirm={() => void confirmDelete()}
      >
        <p>{toDelete ? t.deleteBody(toDelete.name) : null}</p>
        <div aria-live="assertive">{deleteError ? <div className="alert alert--error">{deleteError}</div> : null}</div>
      </ConfirmDialog>
    </section>
  );
}
