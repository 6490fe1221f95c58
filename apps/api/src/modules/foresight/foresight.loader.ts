import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { ForesightDriverEntity, ForesightItemEntity, ForesightRoundEntity, ForesightScenarioEntity, ForesightStatementEntity } from './foresight.entity';

/** Rows of `entity` grouped by their exercise: one query for every exercise of a request. */
function byExercise<T extends ObjectLiteral & { exerciseId: string }>(ds: DataSource, entity: EntityTarget<T>, order: string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await ds.getRepository(entity).find({ where: { exerciseId: In([...ids]) } as FindOptionsWhere<T>, order: { [order]: 'ASC' } as never });
    return ids.map((id) => rows.filter((r) => r.exerciseId === id));
  });
}

export const createForesightLoaders = (ds: DataSource) => ({
  foresightStatements: byExercise(ds, ForesightStatementEntity, 'position'),
  foresightItems: byExercise(ds, ForesightItemEntity, 'position'),
  foresightRounds: byExercise(ds, ForesightRoundEntity, 'number'),
  foresightDrivers: byExercise(ds, ForesightDriverEntity, 'position'),
  foresightScenarios: byExercise(ds, ForesightScenarioEntity, 'position'),
});
