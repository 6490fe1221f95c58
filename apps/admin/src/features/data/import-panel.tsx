import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  ApplyObservationImportMutation,
  ImportHistoryQuery,
  PreviewObservationImportMutation,
  type FileFormat,
  type ImportBatchRowFragment,
  type ImportPreviewResultFragment,
} from '@polisee/graphql';
import { downloadText, ErrorAlert, importActionLabels, Loading, observationFlagLabels, readFileAsBase64, useFormat, TableScroll } from '@polisee/ui';
import { readApiError } from '../../app/api-error';
import { importColumns, importTemplateCsv } from './import-template';

/** One bad row or column of a file, as the preview and a refused import name it. */
type RowError = ImportPreviewResultFragment['errors'][number];

const maxBytes = 5 * 1024 * 1024;

interface ChosenFile {
  fileName: string;
  contentBase64: string;
  format: FileFormat;
}

function formatOf(fileName: string): FileFormat | null {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'csv') return 'CSV';
  if (extension === 'xlsx') return 'XLSX';
  return null;
}

export function ImportPanel() {
  const { t } = useLingui();
  const numbers = useFormat();
  const inputRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreviewResultFragment | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [applyError, setApplyError] = useState<{ message: string; rowErrors: RowError[] } | null>(null);
  const [applied, setApplied] = useState<ImportBatchRowFragment | null>(null);
  const [previewImport, previewing] = useMutation(PreviewObservationImportMutation);
  const [applyImport, applying] = useMutation(ApplyObservationImportMutation, { refetchQueries: [ImportHistoryQuery] });

  function reset() {
    setFile(null);
    setPreview(null);
    setPreviewError(null);
    setApplyError(null);
    setFileError(null);
  }

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0];
    reset();
    setApplied(null);
    if (!picked) return;
    const format = formatOf(picked.name);
    if (!format) return setFileError(t`Choose a .csv or .xlsx file.`);
    if (picked.size > maxBytes) return setFileError(t`The file is larger than 5 MB.`);
    setReading(true);
    try {
      const chosen = { fileName: picked.name, contentBase64: await readFileAsBase64(picked), format };
      setFile(chosen);
      const result = await previewImport({ variables: { input: chosen } });
      setPreview(result.data?.previewObservationImport ?? null);
    } catch (e) {
      setPreviewError(readApiError(e).message);
    } finally {
      setReading(false);
    }
  }

  async function handleApply() {
    if (!file) return;
    setApplyError(null);
    try {
      const outcome = (await applyImport({ variables: { input: file } })).data?.applyObservationImport;
      if (outcome?.__typename === 'ImportRejected') {
        const problems = outcome.errorCount;
        const message =
          outcome.reason === 'NO_ROWS'
            ? t`The file has no data rows.`
            : t`The file has ${plural(problems, { one: '# problem', other: '# problems' })}; fix them and choose the corrected file.`;
        setApplyError({ message, rowErrors: outcome.errors });
        return;
      }
      setApplied(outcome ?? null);
      reset();
      if (inputRef.current) inputRef.current.value = '';
    } catch (e) {
      setApplyError({ message: readApiError(e).message, rowErrors: [] });
    }
  }

  const busy = reading || previewing.loading || applying.loading;
  const appliedFile = applied?.fileName;
  const [appliedNew, appliedChanged, appliedUnchanged] = [applied?.inserted ?? 0, applied?.updated ?? 0, applied?.unchanged ?? 0].map((value) => numbers.number(value));
  const layoutColumns: Array<[string, string]> = [
    ['indicator', t`Code of an active indicator, e.g. BERD_EUR_PER_INH`],
    ['region', t`NUTS code of the region, e.g. ITI3`],
    ['year', t`A year from 1990 to 2100`],
    ['value', t`A number, or empty when the value is missing (never write 0 for missing)`],
    ['flag', t`Empty, ESTIMATED, BREAK_IN_SERIES, PROVISIONAL or DEMO`],
    ['source', t`Where the value comes from, up to 300 characters`],
  ];

  return (
    <section aria-labelledby="import-title" className="panel card">
      <h2 id="import-title">{t`Import observations`}</h2>
      <details className="file-layout">
        <summary>{t`File layout`}</summary>
        <p>{t`A CSV file with a header row, or the first sheet of an Excel (XLSX) workbook, with exactly these columns (names are case-insensitive; extra columns are an error):`}</p>
        <table className="table table--compact">
          <tbody>
            {layoutColumns.map(([name, meaning]) => (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <pre className="file-layout__example">{importTemplateCsv()}</pre>
        <p className="muted">{t`Importing the same file again changes nothing: every row is then unchanged.`}</p>
      </details>
      <p>
        <button type="button" className="button button--secondary button--small" onClick={() => downloadText(importTemplateCsv(), 'polisee-observations-template.csv')}>
          {t`Download a template CSV`}
        </button>
      </p>

      <div className="field">
        <label htmlFor={fileId}>{t`File to import`}</label>
        <input
          ref={inputRef}
          id={fileId}
          className="input"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${fileId}-hint`}
          disabled={applying.loading}
          onChange={(event) => void handleFile(event)}
          data-testid="import-file"
        />
        <span id={`${fileId}-hint`} className="field__hint">
          {t`CSV or XLSX, at most 5 MB.`} ({importColumns.join(', ')})
        </span>
      </div>

      <div aria-live="polite" aria-atomic="true">
        {applied ? (
          <div className="alert alert--success" role="status" data-testid="import-success">
            {t`Imported ${appliedFile}: ${appliedNew} new, ${appliedChanged} changed, ${appliedUnchanged} unchanged.`}
          </div>
        ) : null}
      </div>
      {fileError ? <ErrorAlert>{fileError}</ErrorAlert> : null}
      {reading ? <Loading label={t`Reading the file…`} /> : previewing.loading ? <Loading label={t`Checking the file…`} /> : null}
      {previewError ? <ErrorAlert title={t`The file could not be checked`}>{previewError}</ErrorAlert> : null}

      {preview ? (
        <ImportPreviewView
          preview={preview}
          applyError={applyError}
          busy={busy}
          applying={applying.loading}
          onApply={() => void handleApply()}
        />
      ) : null}
    </section>
  );
}

function ErrorTable({ errors, caption }: { errors: RowError[]; caption: string }) {
  const { t } = useLingui();
  return (
    <TableScroll>
      <table className="table table--compact" data-testid="import-errors">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t`Row`}
            </th>
            <th scope="col">{t`Column`}</th>
            <th scope="col">{t`Reason`}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.row}-${error.column ?? ''}-${index}`} data-testid="import-error">
              <td className="numeric">{error.row}</td>
              <td>{error.column ? <code>{error.column}</code> : <span className="muted">{t`(whole row)`}</span>}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ImportPreviewView({
  preview,
  applyError,
  busy,
  applying,
  onApply,
}: {
  preview: ImportPreviewResultFragment;
  applyError: { message: string; rowErrors: RowError[] } | null;
  busy: boolean;
  applying: boolean;
  onApply: () => void;
}) {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const fileName = preview.fileName;
  const problemCount = preview.errors.length;
  const shown = preview.rows.length;
  const [shownText, totalText] = [shown, preview.rowsTotal].map((value) => format.number(value));
  const counts: Array<[string, number, string?]> = [
    [t`Rows`, preview.rowsTotal],
    [t`Valid rows`, preview.validRows],
    [t`New values`, preview.inserts, 'inserts'],
    [t`Changed values`, preview.updates, 'updates'],
    [t`Unchanged`, preview.unchanged, 'unchanged'],
    [t`Problems`, preview.errors.length, 'errors'],
  ];
  const nothingToChange = preview.errors.length === 0 && preview.inserts === 0 && preview.updates === 0;

  return (
    <div className="import-preview" data-testid="import-preview">
      <h3>{t`Preview of ${fileName}`}</h3>
      <dl className="stats" data-testid="import-counts">
        {counts.map(([label, value, key]) => (
          <div key={label} className={key === 'errors' && value > 0 ? 'stats__item stats__item--bad' : 'stats__item'} data-testid={key ? `count-${key}` : undefined}>
            <dt>{label}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t`SHA-256`} <code>{preview.fileSha256.slice(0, 12)}</code> · {preview.format}
      </p>

      {preview.errors.length > 0 ? (
        <>
          <h4>{t`${plural(problemCount, { one: '# problem to fix before importing', other: '# problems to fix before importing' })}`}</h4>
          <ErrorTable errors={preview.errors} caption={t`Every bad row and column, with the reason`} />
        </>
      ) : null}

      <h4>{shown < preview.rowsTotal ? t`The first ${shownText} of ${totalText} rows` : t`All ${totalText} rows`}</h4>
      <TableScroll className="table-wrapper--scroll">
        <table className="table table--compact" data-testid="import-rows">
          <caption>{t`What importing would do with each row`}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t`Row`}
              </th>
              <th scope="col">{t`Indicator`}</th>
              <th scope="col">{t`Region`}</th>
              <th scope="col" className="numeric">
                {t`Year`}
              </th>
              <th scope="col" className="numeric">
                {t`Value`}
              </th>
              <th scope="col">{t`Flag`}</th>
              <th scope="col">{t`Source`}</th>
              <th scope="col">{t`Action`}</th>
              <th scope="col" className="numeric">
                {t`Previous value`}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row} data-testid="import-row">
                <td className="numeric">{row.row}</td>
                <td>
                  <code>{row.indicator}</code>
                </td>
                <td>
                  <code>{row.region}</code>
                </td>
                <td className="numeric">{row.year}</td>
                <td className="numeric">{row.value == null ? <span className="muted">{t`missing`}</span> : format.number(row.value, { maximumFractionDigits: 6 })}</td>
                <td>{row.flag ? i18n._(observationFlagLabels[row.flag]) : ''}</td>
                <td>{row.source}</td>
                <td>
                  <span className={`badge badge--action-${row.action.toLowerCase()}`} data-testid="import-row-action">
                    {i18n._(importActionLabels[row.action])}
                  </span>
                </td>
                <td className="numeric">{row.previousValue == null ? '—' : format.number(row.previousValue, { maximumFractionDigits: 6 })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      {applyError ? (
        <ErrorAlert title={t`Nothing was imported`}>
          <p>{applyError.message}</p>
          {applyError.rowErrors.length > 0 ? <ErrorTable errors={applyError.rowErrors} caption={t`Every bad row and column, with the reason`} /> : null}
        </ErrorAlert>
      ) : null}

      <div className="form-actions">
        <button type="button" className="button" disabled={!preview.canApply || busy} onClick={onApply}>
          {applying ? t`Importing…` : t`Apply import`}
        </button>
      </div>
      {!preview.canApply ? <p className="muted">{preview.errors.length > 0 ? t`Fix the problems listed above, then choose the corrected file.` : t`Every row is unchanged: importing would change nothing.`}</p> : nothingToChange ? <p className="muted">{t`Every row is unchanged: importing would change nothing.`}</p> : null}
    </div>
  );
}
