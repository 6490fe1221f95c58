import { createHash } from 'node:crypto';
import { xlsxBuffer } from '../../common/xlsx-writer';
import Papa from 'papaparse';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, badInput } from '../../common/app-error';
import { keysetPage } from '../../db/keyset-page';
import { inTransaction } from '../../db/unit-of-work';
import type { AuthUser } from '../auth/auth-user';
import { IndicatorEntity } from '../indicator/indicator.entity';
import type { ObservationService } from '../observation/observation.service';
import type { ObservationFilter } from '../observation/observation.type';
import { RegionEntity } from '../region/region.entity';
import { ImportBatchEntity } from './import-batch.entity';
import { formatOf, readTable, validateRows, type ParsedRow } from './import.parser';
import {
  type ExportFile,
  FileFormat,
  ImportAction,
  type ImportBatch,
  type ImportBatchConnection,
  type ImportPreview,
  type ImportPreviewRow,
  ImportRejected,
  ImportRejectionReason,
  MAX_FILE_BYTES,
  type ObservationImportInput,
} from './import.types';

const PREVIEW_ROWS = 200;
const WRITE_CHUNK = 500;
export const MAX_EXPORT_ROWS = 100_000;

interface Plan {
  fileName: string;
  format: FileFormat;
  fileSha256: string;
  rowsTotal: number;
  errors: ImportPreview['errors'];
  errorCount: number;
  badRows: number;
  rows: (ParsedRow & { action: ImportAction; previousValue: number | null; indicatorId: string; regionId: string })[];
}

const sameValue = (a: number | null, b: number | null) => (a === null || b === null ? a === b : a === b);

export function toImportBatch(e: ImportBatchEntity): ImportBatch {
  return {
    id: e.id,
    fileName: e.fileName,
    format: e.format as FileFormat,
    fileSha256: e.fileSha256,
    rowsTotal: e.rowsTotal,
    inserted: e.inserted,
    updated: e.updated,
    unchanged: e.unchanged,
    createdAt: e.createdAt,
    userId: e.userId,
  };
}

/**
 * Observation import: parse (CSV or XLSX), check every row and column, compare with what is
 * stored, and apply all or nothing in one transaction. Rows that equal what is stored are left
 * alone, so importing the same file again changes no observation.
 */
export class ImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly observations: ObservationService,
  ) {}

  private decode(input: ObservationImportInput): Buffer {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) {
      throw badInput('contentBase64', 'FILE_NOT_BASE64', 'The file content is not base64');
    }
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length === 0) throw badInput('contentBase64', 'FILE_EMPTY', 'The file is empty');
    if (bytes.length > MAX_FILE_BYTES) throw badInput('contentBase64', 'FILE_TOO_LARGE', 'The file is larger than 5 MB');
    return bytes;
  }

  /** Builds the plan against the database as `em` sees it (inside the apply transaction). */
  private async plan(em: EntityManager, input: ObservationImportInput, lock: boolean): Promise<Plan> {
    const format = formatOf(input.fileName, input.format);
    const bytes = this.decode(input);
    const fileSha256 = createHash('sha256').update(bytes).digest('hex');
    const table = await readTable(bytes, format);
    const [indicators, regions] = await Promise.all([em.getRepository(IndicatorEntity).find(), em.getRepository(RegionEntity).find({ select: { id: true, code: true } })]);
    const indicatorBy = new Map(indicators.map((i) => [i.code, i]));
    const regionBy = new Map(regions.map((r) => [r.code, r.id]));
    const { rows, errors, errorCount, badRows, rowsTotal } = validateRows(table, {
      indicator: (code) => {
        const i = indicatorBy.get(code);
        return i ? (i.retiredAt ? 'RETIRED' : 'ACTIVE') : undefined;
      },
      region: (code) => regionBy.has(code),
    });
    const planned: Plan['rows'] = [];
    if (errors.length === 0 && rows.length > 0) {
      const existing = new Map<string, { value: number | null; flag: string | null; source: string }>();
      for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
        const chunk = rows.slice(i, i + WRITE_CHUNK);
        const params: unknown[] = [];
        const tuples = chunk.map((r) => {
          params.push(indicatorBy.get(r.indicator)!.id, regionBy.get(r.region)!, r.year);
          const n = params.length;
          return `($${n - 2}::uuid, $${n - 1}::uuid, $${n}::smallint)`;
        });
        const found: { indicator_id: string; region_id: string; year: number; value: number | null; flag: string | null; source: string }[] = await em.query(
          `SELECT o.indicator_id, o.region_id, o.year::int AS year, o.value, o.flag, o.source FROM observation o
            WHERE (o.indicator_id, o.region_id, o.year) IN (${tuples.join(', ')})${lock ? ' FOR UPDATE' : ''}`,
          params,
        );
        for (const f of found) existing.set(`${f.indicator_id}|${f.region_id}|${f.year}`, f);
      }
      for (const r of rows) {
        const indicatorId = indicatorBy.get(r.indicator)!.id;
        const regionId = regionBy.get(r.region)!;
        const before = existing.get(`${indicatorId}|${regionId}|${r.year}`);
        const action = !before
          ? ImportAction.INSERT
          : sameValue(before.value, r.value) && (before.flag ?? null) === r.flag && before.source === r.source
            ? ImportAction.UNCHANGED
            : ImportAction.UPDATE;
        planned.push({ ...r, action, previousValue: before?.value ?? null, indicatorId, regionId });
      }
    }
    return { fileName: input.fileName, format, fileSha256, rowsTotal, errors, errorCount, badRows, rows: planned };
  }

  async preview(input: ObservationImportInput): Promise<ImportPreview> {
    const plan = await this.plan(this.ds.manager, input, false);
    const count = (a: ImportAction) => plan.rows.filter((r) => r.action === a).length;
    return {
      fileName: plan.fileName,
      format: plan.format,
      fileSha256: plan.fileSha256,
      rowsTotal: plan.rowsTotal,
      validRows: plan.errors.length === 0 ? plan.rows.length : plan.rowsTotal - plan.badRows,
      inserts: count(ImportAction.INSERT),
      updates: count(ImportAction.UPDATE),
      unchanged: count(ImportAction.UNCHANGED),
      errors: plan.errors,
      errorCount: plan.errorCount,
      rows: plan.rows.slice(0, PREVIEW_ROWS).map(
        (r): ImportPreviewRow => ({
          row: r.row,
          indicator: r.indicator,
          region: r.region,
          year: r.year,
          value: r.value,
          flag: r.flag,
          source: r.source,
          action: r.action,
          previousValue: r.previousValue,
        }),
      ),
      canApply: plan.errors.length === 0 && plan.rows.length > 0,
    };
  }

  /** All or nothing: a single bad row imports nothing and names every problem (as a result, not an error). */
  async apply(input: ObservationImportInput, user: AuthUser, tx?: EntityManager): Promise<ImportBatch | ImportRejected> {
    return inTransaction(this.ds, tx, async (em) => {
      const plan = await this.plan(em, input, true);
      if (plan.errors.length > 0) return new ImportRejected(ImportRejectionReason.INVALID_ROWS, plan.errors, plan.errorCount);
      if (plan.rows.length === 0) return new ImportRejected(ImportRejectionReason.NO_ROWS, [], 0);
      const inserted = plan.rows.filter((r) => r.action === ImportAction.INSERT).length;
      const updated = plan.rows.filter((r) => r.action === ImportAction.UPDATE).length;
      const batch = await em.getRepository(ImportBatchEntity).save(
        em.getRepository(ImportBatchEntity).create({
          userId: user.id,
          fileName: plan.fileName.slice(0, 255),
          format: plan.format,
          fileSha256: plan.fileSha256,
          rowsTotal: plan.rowsTotal,
          inserted,
          updated,
          unchanged: plan.rows.length - inserted - updated,
        }),
      );
      const changes = plan.rows.filter((r) => r.action !== ImportAction.UNCHANGED);
      for (let i = 0; i < changes.length; i += WRITE_CHUNK) {
        const chunk = changes.slice(i, i + WRITE_CHUNK);
        const params: unknown[] = [];
        const tuples = chunk.map((r) => {
          params.push(r.indicatorId, r.regionId, r.year, r.value, r.flag, r.source, batch.id);
          const n = params.length;
          return `($${n - 6}::uuid, $${n - 5}::uuid, $${n - 4}::smallint, $${n - 3}::double precision, $${n - 2}, $${n - 1}, $${n}::uuid, now())`;
        });
        await em.query(
          `INSERT INTO observation (indicator_id, region_id, year, value, flag, source, import_batch_id, updated_at)
           VALUES ${tuples.join(', ')}
           ON CONFLICT (indicator_id, region_id, year) WHERE region_id IS NOT NULL
           DO UPDATE SET value = EXCLUDED.value, flag = EXCLUDED.flag, source = EXCLUDED.source,
                         import_batch_id = EXCLUDED.import_batch_id, updated_at = now()`,
          params,
        );
      }
      return toImportBatch(batch);
    });
  }

  async history(first: number, after?: string): Promise<ImportBatchConnection> {
    return keysetPage(
      { first, after },
      {
        query: () => this.ds.getRepository(ImportBatchEntity).createQueryBuilder('b'),
        keys: [{ expr: 'b.created_at', cast: 'timestamptz' }],
        id: 'b.id',
        direction: 'DESC',
        node: (e) => toImportBatch(e),
      },
    );
  }

  /** Any selection as CSV or XLSX, in the import layout plus names for reading (re-importable). */
  async export(filter: ObservationFilter | undefined, format: FileFormat): Promise<ExportFile> {
    const qb = this.observations
      .query(filter)
      .addSelect(['i.name', 'i.unit', 'r.name', 'r.country'])
      .orderBy('i.code')
      .addOrderBy('r.code')
      .addOrderBy('o.year');
    const count = await qb.getCount();
    if (count > MAX_EXPORT_ROWS) {
      throw new AppError('BAD_USER_INPUT', 'EXPORT_TOO_LARGE', `The selection has ${count} rows; narrow it to at most ${MAX_EXPORT_ROWS}`);
    }
    const raw: Record<string, unknown>[] = await qb.getRawMany();
    const header = ['indicator', 'region', 'year', 'value', 'flag', 'source', 'indicator_name', 'unit', 'region_name', 'country'];
    const rows = raw.map((r) => [r.i_code, r.r_code, r.o_year, r.o_value, r.o_flag ?? '', r.o_source, r.i_name, r.i_unit, r.r_name, r.r_country]);
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === FileFormat.CSV) {
      // Text cells a spreadsheet would run as a formula get a leading apostrophe (numbers stay numbers;
      // the import strips the apostrophe again, so an export re-imports unchanged).
      const csv = Papa.unparse({ fields: header, data: rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))) }, { escapeFormulae: true });
      return { fileName: `polisee-observations-${stamp}.csv`, contentType: 'text/csv; charset=utf-8', contentBase64: Buffer.from('\uFEFF' + csv, 'utf8').toString('base64'), rowCount: rows.length };
    }
    const buffer = await xlsxBuffer('observations', header, rows.map((r) => r.map((c) => (c === null || c === undefined ? null : c))));
    return {
      fileName: `polisee-observations-${stamp}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: buffer.toString('base64'),
      rowCount: rows.length,
    };
  }
}
