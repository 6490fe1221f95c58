import { createByIdLoader } from '../../graphql/by-id-loader';
import type { DataSource } from 'typeorm';
import { RegionEntity } from './region.entity';

export const createRegionByIdLoader = (ds: DataSource) => createByIdLoader(ds, RegionEntity);
