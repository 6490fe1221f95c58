import { useId, type HTMLAttributes, type ReactNode } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import type { SortValue } from './url-state';

/** How a column renders beyond its header and cell. */
export interface ColumnMeta {
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell that names the row (`<th scope="row">`); the first column, kept in view when the table scrolls. */
  rowHeader?: boolean;
  /** A header shown only to assistive technology (an actions column). */
  hiddenHeader?: boolean;
  className?: string;
}

// One feature set for every admin table: sorting (client-side when the table holds every row,
// manual when the API sorts), typed column meta. Registered once, at module scope, as TanStack
// Table v9 asks (a new object per render would rebuild the row models).
export const tableKitFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  columnMeta: metaHelper<ColumnMeta>(),
});

export type KitFeatures = typeof tableKitFeatures;
export type KitColumn<T extends RowData> = ColumnDef<KitFeatures, T, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The column helper for a row type: `const col = columnsFor<PartnerRow>(); col.accessor(...)`. */
export function columnsFor<T extends RowData>() {
  return createColumnHelper<KitFeatures, T>();
}

export function toSorting<F extends string>(sort: SortValue<F> | null): SortingState {
  return sort ? [{ id: sort.field, desc: sort.direction === 'DESC' }] : [];
}

/**
 * A sortable table on TanStack Table: the semantics (caption, `scope`, `aria-sort`, a real button
 * per sortable header) are ours, the column model and sorting are the library's. The sort is
 * controlled (the screen keeps it in the URL): `manualSorting` when the API returns rows in
 * order, client sorting when the table holds every row. The table scrolls inside a focusable,
 * labelled region with its row-header column kept in view, so no action is ever out of reach.
 */
export function DataTable<T extends RowData, F extends string>({
  rows,
  columns,
  getRowId,
  caption,
  sort,
  onSortChange,
  manualSorting = false,
  emptyText,
  busy = false,
  className,
  testId,
  rowProps,
}: {
  rows: readonly T[];
  columns: ReadonlyArray<KitColumn<T>>;
  getRowId: (row: T) => string;
  caption: ReactNode;
  sort: SortValue<F> | null;
  onSortChange: (sort: SortValue<F>) => void;
  manualSorting?: boolean;
  emptyText: string;
  busy?: boolean;
  className?: string;
  testId?: string;
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & { 'data-testid'?: string };
}) {
  const captionId = useId();
  const sorting = toSorting(sort);
  const table = useTable({
    features: tableKitFeatures,
    columns: columns as Array<KitColumn<T>>,
    data: rows as T[],
    getRowId: (row: T) => getRowId(row),
    state: { sorting },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0];
      if (next) onSortChange({ field: next.id as F, direction: next.desc ? 'DESC' : 'ASC' });
    },
    manualSorting,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const tableRows = table.getRowModel().rows;

  return (
    <div className="table-wrapper table-wrapper--region" role="region" aria-labelledby={captionId} tabIndex={0} aria-busy={busy}>
      <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => {
              const meta = header.column.columnDef.meta ?? {};
              const sorted = header.column.getIsSorted();
              const classes = [meta.numeric ? 'numeric' : '', meta.rowHeader ? 'sticky-col' : '', meta.className ?? ''].filter(Boolean).join(' ');
              const label = <table.FlexRender header={header} />;
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={classes || undefined}
                  aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {header.column.getCanSort() ? (
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {label}
                      <span className="sort-indicator" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  ) : meta.hiddenHeader ? (
                    <span className="visually-hidden">{label}</span>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {tableRows.length === 0 ? (
            <tr>
              <td colSpan={headers.length}>{emptyText}</td>
            </tr>
          ) : (
            tableRows.map((row) => (
              <tr key={row.id} {...rowProps?.(row.original)}>
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta ?? {};
                  const classes = [meta.numeric ? 'numeric' : '', meta.rowHeader ? 'sticky-col' : '', meta.className ?? ''].filter(Boolean).join(' ');
                  const content = <table.FlexRender cell={cell} />;
                  return meta.rowHeader ? (
                    <th key={cell.id} scope="row" className={classes || undefined}>
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={classes || undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
