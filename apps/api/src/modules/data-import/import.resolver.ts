import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { User } from '../auth/user.type';
import { ObservationFilter } from '../observation/observation.type';
import {
  ExportFile,
  FileFormat,
  ImportBatch,
  ImportBatchConnection,
  ImportPreview,
  type ImportRejected,
  ObservationImportInput,
  ObservationImportResult,
} from './import.types';

@Resolver(() => ImportBatch)
export class ImportResolver {
  @Authorized('ADMIN')
  @Mutation(() => ImportPreview, { description: 'Checks an observation file and says what applying it would do; changes nothing.' })
  previewObservationImport(@Ctx() ctx: Context, @Arg('input', () => ObservationImportInput) input: ObservationImportInput): Promise<ImportPreview> {
    return ctx.services.imports.preview(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ObservationImportResult, {
    description: 'Imports an observation file all or nothing: the new ImportBatch, or ImportRejected naming every bad row when nothing was imported.',
  })
  applyObservationImport(
    @Ctx() ctx: Context,
    @Arg('input', () => ObservationImportInput) input: ObservationImportInput,
  ): Promise<ImportBatch | ImportRejected> {
    return ctx.services.imports.apply(input, ctx.user!);
  }

  @Authorized('ADMIN')
  @Query(() => ImportBatchConnection, { description: 'Import history, newest first.' })
  importBatches(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ImportBatchConnection> {
    return ctx.services.imports.history(first, after ?? undefined);
  }

  @Query(() => ExportFile, { description: 'Observations as a CSV or XLSX file (base64), in the import layout.' })
  exportObservations(
    @Ctx() ctx: Context,
    @Arg('format', () => FileFormat) format: FileFormat,
    @Arg('filter', () => ObservationFilter, { nullable: true }) filter?: ObservationFilter,
  ): Promise<ExportFile> {
    return ctx.services.imports.export(filter ?? undefined, format);
  }

  @FieldResolver(() => User, { nullable: true })
  async user(@Root() b: ImportBatch, @Ctx() ctx: Context): Promise<User | null> {
    if (!b.userId) return null;
    const u = await ctx.loaders.userById.load(b.userId);
    return u ? User.from(u) : null;
  }
}
