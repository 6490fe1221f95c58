import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { AppError, badInput } from '../../common/app-error';
import { rejectExplicitNulls } from '../../common/update-input';
import { inTransaction } from '../../db/unit-of-work';
import { isUuid } from '../partner/partner.service';
import { IndicatorEntity } from './indicator.entity';
import type { CreateIndicatorInput, IndicatorFilter, UpdateIndicatorInput } from './indicator.inputs';
import { IndicatorKind } from './indicator.type';

export class IndicatorService {
  constructor(private readonly ds: DataSource) {}

  list(filter: IndicatorFilter = {}): Promise<IndicatorEntity[]> {
    const qb = this.ds.getRepository(IndicatorEntity).createQueryBuilder('i').orderBy('i.kind', 'DESC').addOrderBy('i.code', 'ASC');
    if (!filter.includeRetired) qb.andWhere('i.retired_at IS NULL');
    if (filter.kind) qb.andWhere('i.kind = :kind', { kind: filter.kind });
    if (filter.areas?.length) qb.andWhere('i.area IN (:...areas)', { areas: filter.areas });
    const q = filter.search?.trim();
    if (q) qb.andWhere("(i.code ILIKE :q ESCAPE '\\' OR i.name ILIKE :q ESCAPE '\\')", { q: `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%` });
    return qb.getMany();
  }

  /** Active indicators of a kind, by code. */
  active(kind?: IndicatorKind): Promise<IndicatorEntity[]> {
    return this.ds.getRepository(IndicatorEntity).find({ where: { retiredAt: IsNull(), ...(kind ? { kind } : {}) }, order: { code: 'ASC' } });
  }

  byCode(code: string): Promise<IndicatorEntity | null> {
    return this.ds.getRepository(IndicatorEntity).findOneBy({ code });
  }

  async create(input: CreateIndicatorInput, tx?: EntityManager): Promise<IndicatorEntity> {
    return inTransaction(this.ds, tx, async (em) => {
      const repo = em.getRepository(IndicatorEntity);
      const dimension = input.dimension?.trim() || null;
      if (input.kind === IndicatorKind.STRUCTURAL && !dimension) throw badInput('dimension', 'DIMENSION_REQUIRED', 'A structural indicator belongs to a similarity dimension');
      if (await repo.exists({ where: { code: input.code } })) {
        throw new AppError('CONFLICT', 'INDICATOR_CODE_TAKEN', `An indicator with code ${input.code} already exists`, {
          fieldErrors: [{ field: 'code', reason: 'INDICATOR_CODE_TAKEN', message: 'This code is taken' }],
        });
      }
      return repo.save(
        repo.create({
          code: input.code,
          name: input.name.trim(),
          description: input.description?.trim() ?? '',
          unit: input.unit.trim(),
          kind: input.kind,
          polarity: input.polarity,
          transform: input.transform ?? 'NONE',
          area: input.area,
          dimension: input.kind === IndicatorKind.STRUCTURAL ? dimension : null,
          source: input.source?.trim() ?? '',
          retiredAt: null,
        }),
      );
    });
  }

  async update(input: UpdateIndicatorInput, tx?: EntityManager): Promise<IndicatorEntity> {
    rejectExplicitNulls(input, ['name', 'description', 'unit', 'polarity', 'transform', 'area', 'source']);
    return inTransaction(this.ds, tx, async (em) => {
      const repo = em.getRepository(IndicatorEntity);
      const e = isUuid(input.id) ? await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!e) throw new AppError('NOT_FOUND', 'INDICATOR_NOT_FOUND', 'Indicator not found');
      if (input.name !== undefined) e.name = input.name.trim();
      if (input.description !== undefined) e.description = input.description.trim();
      if (input.unit !== undefined) e.unit = input.unit.trim();
      if (input.polarity !== undefined) e.polarity = input.polarity;
      if (input.transform !== undefined) e.transform = input.transform;
      if (input.area !== undefined) e.area = input.area;
      if (input.source !== undefined) e.source = input.source.trim();
      if (input.dimension !== undefined) {
        const d = input.dimension?.trim() || null;
        if (e.kind === 'STRUCTURAL' && !d) throw badInput('dimension', 'DIMENSION_REQUIRED', 'A structural indicator belongs to a similarity dimension');
        e.dimension = e.kind === 'STRUCTURAL' ? d : null;
      }
      return repo.save(e);
    });
  }

  /** Retired indicators keep their observations but leave benchmarks and imports. */
  async setRetired(id: string, retired: boolean, tx?: EntityManager): Promise<IndicatorEntity> {
    return inTransaction(this.ds, tx, async (em) => {
      const repo = em.getRepository(IndicatorEntity);
      const e = isUuid(id) ? await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!e) throw new AppError('NOT_FOUND', 'INDICATOR_NOT_FOUND', 'Indicator not found');
      e.retiredAt = retired ? (e.retiredAt ?? new Date()) : null;
      return repo.save(e);
    });
  }
}
