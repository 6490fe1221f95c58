import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  DeletePartnerMutation,
  PartnerFilterOptionsQuery,
  PartnerListQuery,
  type PartnerFilter,
  type PartnerOrder,
  type PartnerRole,
  type PartnerRowFragment,
  type PartnerSortField,
  type PartnerType,
} from '@polisee/graphql';
import { ConfirmDialog, DemoBadge, Field, LoadError, Loading, optionsOf, partnerRoleLabels, partnerTypeLabels, pagerMessages } from '@polisee/ui';
import { PagerButtons, useCursorPages } from '../../app/cursor-pages';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { partnerStrings as t } from './strings';
import { i18n } from '@lingui/core';

const pageSizes = [10, 20, 50];
const budgetFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

interface Column {
  key: keyof typeof t.columns;
  sortField?: PartnerSortField;
  numeric?: boolean;
}

const columns: Column[] = [
  { key: 'name', sortField: 'NAME' },
  { key: 'acronym', sortField: 'ACRONYM' },
  { key: 'country', sortField: 'COUNTRY' },
  { key: 'region' },
  { key: 'type', sortField: 'TYPE' },
  { key: 'role', sortField: 'ROLE' },
  { key: 'budget', sortField: 'BUDGET', numeric: true },
];

export interface PartnerListLocationState {
  status?: string;
}

export function PartnerListPage() {
  const isAdmin = useIsAdmin();
  const location = useLocation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string | null>((location.state as PartnerListLocationState | null)?.status ?? null);

  const [search, setSearch] = useState('');
  const [country, setCountry] = useState('');
  const [type, setType] = useState<PartnerType | ''>('');
  const [role, setRole] = useState<PartnerRole | ''>('');
  const [orderBy, setOrderBy] = useState<PartnerOrder>({ field: 'NAME', direction: 'ASC' });
  const [pageSize, setPageSize] = useState(20);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);

  const filter = useMemo<PartnerFilter>(
    () => ({
      ...(country ? { countries: [country] } : {}),
      ...(type ? { types: [type] } : {}),
      ...(role ? { roles: [role] } : {}),
      ...(debouncedSearch ? { search: debouncedSearch } : {}),
    }),
    [country, type, role, debouncedSearch],
  );

  const pages = useCursorPages(JSON.stringify([filter, orderBy, pageSize]));

  // Clear the history state so a reload does not repeat the message.
  useEffect(() => {
    if ((location.state as PartnerListLocationState | null)?.status) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [location.pathname, location.state, navigate]);

  const { after, page } = pages;
  const { data, previousData, loading, error, refetch } = useQuery(PartnerListQuery, {
    variables: { filter, orderBy, first: pageSize, after },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const options = useQuery(PartnerFilterOptionsQuery);

  const [deletePartner, deletion] = useMutation(DeletePartnerMutation);
  const [toDelete, setToDelete] = useState<PartnerRowFragment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const shown = data ?? previousData;
  const connection = shown?.partners;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const from = connection && rows.length > 0 ? (page - 1) * pageSize + 1 : 0;
  const to = from > 0 ? from + rows.length - 1 : 0;

  function toggleSort(field: PartnerSortField) {
    setOrderBy((current) =>
      current.field === field
        ? { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' }
        : { field, direction: 'ASC' },
    );
  }

  function clearFilters() {
    setSearch('');
    setCountry('');
    setType('');
    setRole('');
  }

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
          {(control) => (
            <input {...control} className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          )}
        </Field>
        <Field label={t.country}>
          {(control) => (
            <select {...control} className="select" value={country} onChange={(event) => setCountry(event.target.value)}>
              <option value="">{t.allCountries}</option>
              {options.data?.countries.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.type}>
          {(control) => (
            <select {...control} className="select" value={type} onChange={(event) => setType(event.target.value as PartnerType | '')}>
              <option value="">{t.allTypes}</option>
              {optionsOf(partnerTypeLabels).map((item) => (
                <option key={item.value} value={item.value}>
                  {i18n._(item.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.role}>
          {(control) => (
            <select {...control} className="select" value={role} onChange={(event) => setRole(event.target.value as PartnerRole | '')}>
              <option value="">{t.allRoles}</option>
              {optionsOf(partnerRoleLabels).map((item) => (
                <option key={item.value} value={item.value}>
                  {i18n._(item.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="filters__actions">
          <button type="button" className="button button--secondary" onClick={clearFilters}>
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
          <div className="table-wrapper" aria-busy={loading}>
            <table className="table table--partners" data-testid="partners-table">
              <caption>
                {t.listCaption(connection.totalCount)}
                {loading ? <span className="visually-hidden"> {t.loading}</span> : null}
              </caption>
              <thead>
                <tr>
                  {columns.map((column) => {
                    const label = t.columns[column.key];
                    const active = column.sortField && orderBy.field === column.sortField;
                    return (
                      <th
                        key={column.key}
                        scope="col"
                        className={column.numeric ? 'numeric' : undefined}
                        aria-sort={active ? (orderBy.direction === 'ASC' ? 'ascending' : 'descending') : undefined}
                      >
                        {column.sortField ? (
                          <button type="button" className="sort-button" onClick={() => toggleSort(column.sortField!)}>
                            {label}
                            <span className="sort-indicator" aria-hidden="true">
                              {active ? (orderBy.direction === 'ASC' ? '▲' : '▼') : ''}
                            </span>
                          </button>
                        ) : (
                          label
                        )}
                      </th>
                    );
                  })}
                  {isAdmin ? (
                    <th scope="col">
                      <span className="visually-hidden">{t.columns.actions}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td colSpan={columns.length + (isAdmin ? 1 : 0)}>{t.noResults}</td>
                  </tr>
                ) : (
                  rows.map((partner) => (
                    <tr key={partner.id} data-testid="partner-row">
                      <th scope="row">
                        {partner.name} {partner.isDemo ? <DemoBadge label={t.demo} /> : null}
                      </th>
                      <td>{partner.acronym ?? '—'}</td>
                      <td>{partner.countryName}</td>
                      <td>{partner.region?.name ?? partner.regionCode ?? '—'}</td>
                      <td>{i18n._(partnerTypeLabels[partner.type])}</td>
                      <td>{i18n._(partnerRoleLabels[partner.role])}</td>
                      <td className="numeric">{partner.budgetEur == null ? '—' : budgetFormat.format(partner.budgetEur)}</td>
                      {isAdmin ? (
                        <td>
                          <div className="row-actions">
                            <Link className="button button--secondary button--small" to={`/partners/${partner.id}/edit`} aria-label={t.editNamed(partner.name)}>
                              {t.edit}
                            </Link>
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={t.deleteNamed(partner.name)}
                              onClick={() => {
                                setDeleteError(null);
                                setToDelete(partner);
                              }}
                            >
                              {t.delete}
                            </button>
                          </div>
                        </td>
                      ) : null}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <nav className="pagination" aria-label={i18n._(pagerMessages.pager)}>
            <p className="muted" aria-live="polite" data-testid="page-status" style={{ margin: 0 }}>
              {t.pageStatus(page, from, to, connection.totalCount)}
            </p>
            <div className="pagination__controls">
              <Field label={t.pageSize}>
                {(control) => (
                  <select {...control} className="select" value={pageSize} onChange={(event) => setPageSize(Number(event.target.value))}>
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
