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
import { ErrorAlert, Loading, downloadText, importActionLabels, observationFlagLabels, readFileAsBase64, TableScroll } from '@polisee/ui';
import { readApiError } from '../../app/api-error';
import { importColumns, importTemplateCsv } from './import-template';
import { dataStrings as t } from './strings';
import { i18n } from '@lingui/core';

/** One bad row or column of a file, as the preview and a refused import name it. */
type RowError = ImportPreviewResultFragment['errors'][number];

const maxBytes = 5 * 1024 * 1024;
const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

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
    if (!format) return setFileError(t.unsupportedFile);
    if (picked.size > maxBytes) return setFileError(t.tooLarge);
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
        setApplyError({ message: t.rejected[outcome.reason](outcome.errorCount), rowErrors: outcome.errors });
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

  return (
    <section aria-labelledby="import-title" className="panel card">
      <h2 id="import-title">{t.importTitle}</h2>
      <details className="file-layout">
        <summary>{t.layoutTitle}</summary>
        <p>{t.layoutIntro}</p>
        <table className="table table--compact">
          <tbody>
            {t.layoutColumns.map(([name, meaning]) => (
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
        <p className="muted">{t.layoutReimport}</p>
      </details>
      <p>
        <button type="button" className="button button--secondary button--small" onClick={() => downloadText(importTemplateCsv(), 'polisee-observations-template.csv')}>
          {t.downloadTemplate}
        </button>
      </p>

      <div className="field">
        <label htmlFor={fileId}>{t.file}</label>
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
          {t.fileHint} ({importColumns.join(', ')})
        </span>
      </div>

      <div aria-live="polite" aria-atomic="true">
        {applied ? (
          <div className="alert alert--success" role="status" data-testid="import-success">
            {t.applied(applied.fileName, applied.inserted, applied.updated, applied.unchanged)}
          </div>
        ) : null}
      </div>
      {fileError ? <ErrorAlert>{fileError}</ErrorAlert> : null}
      {reading ? <Loading label={t.reading} /> : previewing.loading ? <Loading label={t.previewing} /> : null}
      {previewError ? <ErrorAlert title={t.previewFailed}>{previewError}</ErrorAlert> : null}

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
  return (
    <TableScroll>
      <table className="table table--compact" data-testid="import-errors">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t.errorColumns.row}
            </th>
            <th scope="col">{t.errorColumns.column}</th>
            <th scope="col">{t.errorColumns.message}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.row}-${error.column ?? ''}-${index}`} data-testid="import-error">
              <td className="numeric">{error.row}</td>
              <td>{error.column ? <code>{error.column}</code> : <span className="muted">{t.wholeRow}</span>}</td>
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
  const counts: Array<[string, number, string?]> = [
    [t.counts.rowsTotal, preview.rowsTotal],
    [t.counts.validRows, preview.validRows],
    [t.counts.inserts, preview.inserts, 'inserts'],
    [t.counts.updates, preview.updates, 'updates'],
    [t.counts.unchanged, preview.unchanged, 'unchanged'],
    [t.counts.errors, preview.errors.length, 'errors'],
  ];
  const nothingToChange = preview.errors.length === 0 && preview.inserts === 0 && preview.updates === 0;

  return (
    <div className="import-preview" data-testid="import-preview">
      <h3>{t.previewTitle(preview.fileName)}</h3>
      <dl className="stats" data-testid="import-counts">
        {counts.map(([label, value, key]) => (
          <div key={label} className={key === 'errors' && value > 0 ? 'stats__item stats__item--bad' : 'stats__item'} data-testid={key ? `count-${key}` : undefined}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t.sha} <code>{preview.fileSha256.slice(0, 12)}</code> · {preview.format}
      </p>

      {preview.errors.length > 0 ? (
        <>
          <h4>{t.errorsTitle(preview.errors.length)}</h4>
          <ErrorTable errors={preview.errors} caption={t.errorsCaption} />
        </>
      ) : null}

      <h4>{t.rowsTitle(preview.rows.length, preview.rowsTotal)}</h4>
      <TableScroll className="table-wrapper--scroll">
        <table className="table table--compact" data-testid="import-rows">
          <caption>{t.rowsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t.rowColumns.row}
              </th>
              <th scope="col">{t.rowColumns.indicator}</th>
              <th scope="col">{t.rowColumns.region}</th>
              <th scope="col" className="numeric">
                {t.rowColumns.year}
              </th>
              <th scope="col" className="numeric">
                {t.rowColumns.value}
              </th>
              <th scope="col">{t.rowColumns.flag}</th>
              <th scope="col">{t.rowColumns.source}</th>
              <th scope="col">{t.rowColumns.action}</th>
              <th scope="col" className="numeric">
                {t.rowColumns.previousValue}
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
                <td className="numeric">{row.value == null ? <span className="muted">{t.missing}</span> : numberFormat.format(row.value)}</td>
                <td>{row.flag ? i18n._(observationFlagLabels[row.flag]) : ''}</td>
                <td>{row.source}</td>
                <td>
                  <span className={`badge badge--action-${row.action.toLowerCase()}`} data-testid="import-row-action">
                    {i18n._(importActionLabels[row.action])}
                  </span>
                </td>
                <td className="numeric">{row.previousValue == null ? '—' : numberFormat.format(row.previousValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      {applyError ? (
        <ErrorAlert title={t.applyFailed}>
          <p>{applyError.message}</p>
          {applyError.rowErrors.length > 0 ? <ErrorTable errors={applyError.rowErrors} caption={t.errorsCaption} /> : null}
        </ErrorAlert>
      ) : null}

      <div className="form-actions">
        <button type="button" className="button" disabled={!preview.canApply || busy} onClick={onApply}>
          {applying ? t.applying : t.apply}
        </button>
      </div>
      {!preview.canApply ? <p className="muted">{preview.errors.length > 0 ? t.cannotApply : t.nothingToChange}</p> : nothingToChange ? <p className="muted">{t.nothingToChange}</p> : null}
    </div>
  );
}
