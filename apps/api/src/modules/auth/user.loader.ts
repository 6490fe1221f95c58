import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { UserEntity } from './user.entity';

export const createUserByIdLoader = (ds: DataSource) =>
  new DataLoader<string, UserEntity | null>(async (ids) => {
    const rows = await ds.getRepository(UserEntity).findBy({ id: In([...ids]) });
    const by = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => by.get(id) ?? null);
  });
