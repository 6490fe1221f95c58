import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { PracticeEventEntity, PracticeRevisionEntity } from './practice.entity';

/** The open revision (draft, submitted or changes requested) of each practice, or null. */
export const createOpenRevisionLoader = (ds: DataSource) =>
  new DataLoader<string, PracticeRevisionEntity | null>(async (ids) => {
    const rows = await ds.getRepository(PracticeRevisionEntity).findBy({ practiceId: In([...ids]), status: In(['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED']) });
    const by = new Map(rows.map((r) => [r.practiceId, r]));
    return ids.map((id) => by.get(id) ?? null);
  });

/** Each practice's history, oldest first. */
export const createPracticeEventsLoader = (ds: DataSource) =>
  new DataLoader<string, PracticeEventEntity[]>(async (ids) => {
    const rows = await ds.getRepository(PracticeEventEntity).find({ where: { practiceId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
    const by = new Map<string, PracticeEventEntity[]>();
    for (const r of rows) by.set(r.practiceId, [...(by.get(r.practiceId) ?? []), r]);
    return ids.map((id) => by.get(id) ?? []);
  });
