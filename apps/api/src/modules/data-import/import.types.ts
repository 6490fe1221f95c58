import { IsOptional, Length, MaxLength } from 'class-validator';
import { createUnionType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/relay';
import { ObservationFlag } from '../observation/observation.type';

export enum FileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
export enum ImportAction {
  INSERT = 'INSERT',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
}
/** Why an import was refused: the UI branches on this, never on a message. */
export enum ImportRejectionReason {
  /** Some rows or columns are bad; `errors` names every one. */
  INVALID_ROWS = 'INVALID_ROWS',
  /** The file has a header but no data rows. */
  NO_ROWS = 'NO_ROWS',
}
registerEnumType(FileFormat, { name: 'FileFormat' });
registerEnumType(ImportAction, { name: 'ImportAction' });
registerEnumType(ImportRejectionReason, { name: 'ImportRejectionReason' });

/** 5 MB decoded is about 6.7 M base64 characters. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

@InputType()
export class ObservationImportInput {
  @Field()
  @Length(1, 255, { message: 'A file name is required' })
  fileName: string;

  @Field({ description: "The file's bytes, base64; at most 5 MB decoded." })
  @MaxLength(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, { message: 'The file is larger than 5 MB' })
  contentBase64: string;

  @Field(() => FileFormat, { nullable: true, description: "Default: from the file name's extension." })
  @IsOptional()
  format?: FileFormat;
}

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Data row, 1 = the first row after the header (0 = the header).' })
  row: number;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field()
  message: string;
}

@ObjectType()
export class ImportPreviewRow {
  @Field(() => Int)
  row: number;

  @Field()
  indicator: string;

  @Field()
  region: string;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => ObservationFlag, { nullable: true })
  flag: ObservationFlag | null;

  @Field()
  source: string;

  @Field(() => ImportAction)
  action: ImportAction;

  @Field(() => Float, { nullable: true })
  previousValue: number | null;
}

@ObjectType()
export class ImportPreview {
  @Field()
  fileName: string;

  @Field(() => FileFormat)
  format: FileFormat;

  @Field()
  fileSha256: string;

  @Field(() => Int)
  rowsTotal: number;

  @Field(() => Int)
  validRows: number;

  @Field(() => Int)
  inserts: number;

  @Field(() => Int)
  updates: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [ImportRowError], { description: 'The bad rows and columns with the reason: the first 1,000 (errorCount has them all).' })
  errors: ImportRowError[];

  @Field(() => Int, { description: 'How many problems the file has, including those beyond the first 1,000 listed in errors.' })
  errorCount: number;

  @Field(() => [ImportPreviewRow], { description: 'The first 200 rows with what applying would do.' })
  rows: ImportPreviewRow[];

  @Field()
  canApply: boolean;
}

@ObjectType()
export class ImportBatch {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field(() => FileFormat)
  format: FileFormat;

  @Field()
  fileSha256: string;

  @Field(() => Int)
  rowsTotal: number;

  @Field(() => Int)
  inserted: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field()
  createdAt: Date;

  userId: string | null;
}

@ObjectType({ description: 'An import that was refused whole: nothing was written.' })
export class ImportRejected {
  @Field(() => ImportRejectionReason)
  reason: ImportRejectionReason;

  @Field(() => [ImportRowError], { description: 'The bad rows and columns, the first 1,000 (empty for NO_ROWS).' })
  errors: ImportRowError[];

  @Field(() => Int, { description: 'How many problems the file has in all (errors lists the first 1,000).' })
  errorCount: number;

  constructor(reason: ImportRejectionReason, errors: ImportRowError[], errorCount: number) {
    this.reason = reason;
    this.errors = errors;
    this.errorCount = errorCount;
  }
}

/** An applied import is a batch; a refused one says why, as data the UI can branch on. */
export const ObservationImportResult = createUnionType({
  name: 'ObservationImportResult',
  types: () => [ImportBatch, ImportRejected] as const,
  resolveType: (value) => (value instanceof ImportRejected ? ImportRejected : ImportBatch),
});

@ObjectType()
export class ImportBatchEdge {
  @Field()
  cursor: string;

  @Field(() => ImportBatch)
  node: ImportBatch;
}

@ObjectType()
export class ImportBatchConnection {
  @Field(() => [ImportBatchEdge])
  edges: ImportBatchEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class ExportFile {
  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field()
  contentBase64: string;

  @Field(() => Int)
  rowCount: number;
}
