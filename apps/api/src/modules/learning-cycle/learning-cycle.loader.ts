import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { createByIdLoader } from '../../graphql/by-id-loader';
import { ActionMeasureEntity, MeasureIndicatorEntity } from './action-plan.entity';
import { LearningCycleEntity } from './learning-cycle.entity';
import { PeerReviewEntity, PeerReviewTodoEntity } from './peer-review.entity';
import { KpiReadingEntity, PilotActionEntity } from './pilot-action.entity';

/** Rows grouped by a foreign key, one `WHERE key IN (...)` per request tick. */
function createGroupLoader<T extends ObjectLiteral, K extends keyof T & string>(ds: DataSource, entity: EntityTarget<T>, key: K, order: FindOptionsOrder<T>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await ds.getRepository(entity).find({ where: { [key]: In([...ids]) } as FindOptionsWhere<T>, order });
    const by = new Map<string, T[]>();
    for (const r of rows) {
      const k = r[key] as unknown as string;
      const list = by.get(k) ?? [];
      list.push(r);
      by.set(k, list);
    }
    return ids.map((id) => by.get(id) ?? []);
  });
}

export function createLearningCycleLoaders(ds: DataSource) {
  return {
    cycleById: createByIdLoader(ds, LearningCycleEntity),
    measureById: createByIdLoader(ds, ActionMeasureEntity),
    pilotById: createByIdLoader(ds, PilotActionEntity),
    measuresByCycle: createGroupLoader(ds, ActionMeasureEntity, 'cycleId', { position: 'ASC', createdAt: 'ASC' }),
    measureIndicatorsByMeasure: createGroupLoader(ds, MeasureIndicatorEntity, 'measureId', { position: 'ASC' }),
    pilotsByCycle: createGroupLoader(ds, PilotActionEntity, 'cycleId', { createdAt: 'ASC' }),
    readingsByPilot: createGroupLoader(ds, KpiReadingEntity, 'pilotId', { date: 'ASC', createdAt: 'ASC' }),
    peerReviewsByCycle: createGroupLoader(ds, PeerReviewEntity, 'cycleId', { createdAt: 'ASC' }),
    todosByPeerReview: createGroupLoader(ds, PeerReviewTodoEntity, 'peerReviewId', { position: 'ASC' }),
  };
}
