import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useLingui } from '@lingui/react/macro';
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
import { commonMessages, ConfirmDialog, DemoBadge, EnumSelect, Field, LoadError, Loading, pagerMessages, partnerRoleLabels, partnerTypeLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { PagerButtons, useCursorPages } from '../../app/cursor-pages';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { columnsFor, DataTable } from '../../kit/data-table';
import { enumParam, intParam, listParam, sortParam, textParam, useUrlState } from '../../kit/url-state';
import { useDraftText } from '../../kit/use-draft-text';

const pageSizes = [10, 20, 50];
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
  const { t, i18n } = useLingui();
  const format = useFormat();
  useDocumentTitle(t`Partners`, 'PoliSEE admin');
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
    () => [...(options.data?.countries ?? [])].sort((a, b) => format.country(a.code).localeCompare(format.country(b.code), format.intlLocale)),
    [options.data, format],
  );

  const [deletePartner, deletion] = useMutation(DeletePartnerMutation);
  const [toDelete, setToDelete] = useState<PartnerRowFragment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const shown = data ?? previousData;
  const connection = shown?.partners;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const from = connection && rows.length > 0 ? (page - 1) * pageSize + 1 : 0;
  const to = from > 0 ? from + rows.length - 1 : 0;
  const total = connection?.totalCount ?? 0;
  const [fromText, toText, totalText] = [from, to, total].map((value) => format.number(value));

  const columns = useMemo(
    () => [
      col.accessor('name', {
        id: 'NAME',
        header: t({ message: 'Name', context: 'organisation' }),
        meta: { rowHeader: true },
        cell: ({ row }) => (
          <>
            {row.original.name} {row.original.isDemo ? <DemoBadge label={t`Demo`} /> : null}
          </>
        ),
      }),
      col.accessor('acronym', { id: 'ACRONYM', header: t`Acronym`, cell: ({ getValue }) => getValue() ?? '—' }),
      col.accessor('countryName', { id: 'COUNTRY', header: t`Country`, cell: ({ row }) => format.country(row.original.country) }),
      col.display({
        id: 'region',
        header: t`Region`,
        cell: ({ row }) => row.original.region?.name ?? row.original.regionCode ?? '—',
      }),
      col.accessor('type', { id: 'TYPE', header: t`Type`, cell: ({ getValue }) => i18n._(partnerTypeLabels[getValue()]) }),
      col.accessor('role', { id: 'ROLE', header: t`Role`, cell: ({ getValue }) => i18n._(partnerRoleLabels[getValue()]) }),
      col.accessor('budgetEur', {
        id: 'BUDGET',
        header: t`Budget (EUR)`,
        meta: { numeric: true },
        cell: ({ getValue }) => {
          const budget = getValue();
          return budget == null ? '—' : format.number(budget, { maximumFractionDigits: 0 });
        },
      }),
      ...(isAdmin
        ? [
            col.display({
              id: 'actions',
              header: t`Actions`,
              meta: { hiddenHeader: true },
              cell: ({ row }) => {
                const name = row.original.name;
                return (
                <div className="row-actions">
                  <Link className="button button--secondary button--small" to={`/partners/${row.original.id}/edit`} aria-label={t`Edit ${name}`}>
                    {i18n._(commonMessages.edit)}
                  </Link>
                  <button
                    type="button"
                    className="button button--danger-quiet button--small"
                    aria-label={t`Delete ${name}`}
                    onClick={() => {
                      setDeleteError(null);
                      setToDelete(row.original);
                    }}
                  >
                    {i18n._(commonMessages.delete)}
                  </button>
                </div>
                );
              },
            }),
          ]
        : []),
    ],
    [isAdmin, t, i18n, format],
  );

  const deleteName = toDelete?.name;

  async function confirmDelete() {
    if (!toDelete) return;
    setDeleteError(null);
    try {
      await deletePartner({ variables: { id: toDelete.id } });
      const name = toDelete.name;
      setStatus(t`Deleted “${name}”.`);
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
        <h1 id="partners-title">{t`Partners`}</h1>
        {isAdmin ? (
          <Link className="button" to="/partners/new">
            {t`New partner`}
          </Link>
        ) : null}
      </div>
      {!isAdmin ? <p className="muted">{t`You can view partners; only administrators can change them.`}</p> : null}

      <div aria-live="polite" aria-atomic="true">
        {status ? (
          <div className="alert alert--success" role="status" data-testid="partner-status">
            {status}
          </div>
        ) : null}
      </div>

      <form className="filters" role="search" aria-label={t`Filter partners`} onSubmit={(event) => event.preventDefault()}>
        <Field label={i18n._(commonMessages.search)} hint={t`Name or acronym`}>
          {(control) => <input {...control} className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <Field label={t`Country`}>
          {(control) => (
            <select {...control} className="select" value={view.country[0] ?? ''} onChange={(event) => update({ country: event.target.value ? [event.target.value] : [] })}>
              <option value="">{t`All countries`}</option>
              {countries.map((item) => (
                <option key={item.code} value={item.code}>
                  {format.country(item.code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t`Type`}>
          {(control) => (
            <EnumSelect {...control} labels={partnerTypeLabels} placeholder={t`All types`} value={view.type} onChange={(event) => update({ type: event.target.value as PartnerType | '' })} />
          )}
        </Field>
        <Field label={t`Role`}>
          {(control) => (
            <EnumSelect {...control} labels={partnerRoleLabels} placeholder={t`All roles`} value={view.role} onChange={(event) => update({ role: event.target.value as PartnerRole | '' })} />
          )}
        </Field>
        <div className="filters__actions">
          <button type="button" className="button button--secondary" onClick={reset}>
            {t`Clear filters`}
          </button>
        </div>
      </form>

      {error ? (
        <LoadError title={t`Partners could not be loaded`} message={readApiError(error).message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} />
      ) : null}

      {!connection && loading ? <Loading label={t`Loading partners…`} /> : null}

      {connection ? (
        <>
          <DataTable
            rows={rows}
            columns={columns}
            getRowId={(partner) => partner.id}
            caption={
              <>
                {t`Project partners (${totalText} in total)`}
                {loading ? <span className="visually-hidden"> {t`Loading partners…`}</span> : null}
              </>
            }
            sort={orderBy}
            onSortChange={(sort) => update({ sort })}
            manualSorting
            emptyText={t`No partners match these filters.`}
            busy={loading}
            className="table--partners"
            testId="partners-table"
            rowProps={() => ({ 'data-testid': 'partner-row' })}
          />
          <nav className="pagination" aria-label={t`Pagination`}>
            <p className="muted" aria-live="polite" data-testid="page-status" style={{ margin: 0 }}>
              {total === 0 ? t`No partners` : t`Page ${page} · partners ${fromText}–${toText} of ${totalText}`}
            </p>
            <div className="pagination__controls">
              <Field label={t`Rows per page`}>
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
              <PagerButtons pages={pages} pageInfo={connection.pageInfo} loading={loading} previousLabel={i18n._(pagerMessages.previous)} nextLabel={i18n._(pagerMessages.next)} />
            </div>
          </nav>
        </>
      ) : null}

      <ConfirmDialog
        open={toDelete !== null}
        title={t`Delete partner?`}
        confirmLabel={t`Delete partner`}
        danger
        busy={deletion.loading}
        onCancel={() => setToDelete(null)}
        onConfirm={() => void confirmDelete()}
      >
        <p>{deleteName ? t`“${deleteName}” will be removed from the partnership. This cannot be undone.` : null}</p>
        <div aria-live="assertive">{deleteError ? <div className="alert alert--error">{deleteError}</div> : null}</div>
      </ConfirmDialog>
    </section>
  );
}
