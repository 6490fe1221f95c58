import { createByIdLoader } from '../../graphql/by-id-loader';
import type { DataSource } from 'typeorm';
import { UserEntity } from './user.entity';

export const createUserByIdLoader = (ds: DataSource) => createByIdLoader(ds, UserEntity);
