import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType } from 'graphql';
import {
  CLUSTER_STAGES,
  DEVELOPMENT_AREAS,
  FUNDS,
  INDICATOR_KINDS,
  INDICATOR_TRANSFORMS,
  PARTNER_ROLES,
  PARTNER_TYPES,
  POLARITIES,
  QUALITY_LABELS,
  STORED_OBSERVATION_FLAGS,
  USER_ROLES,
} from '@polisee/domain';
import { buildApiSchema } from '../composition-root';
import { printSortedSchema } from './schema';

describe('committed schema', () => {
  it('matches what the resolvers emit (run `pnpm --filter @polisee/api schema:emit` when it does not)', async () => {
    const file = path.resolve(__dirname, '..', '..', '..', '..', 'packages', 'graphql', 'schema.graphql');
    const sdl = printSortedSchema(await buildApiSchema());
    expect(fs.readFileSync(file, 'utf8')).toBe(sdl);
  });

  it("derives its enums from the domain's lists", async () => {
    const schema = await buildApiSchema();
    const values = (name: string) => {
      const type = schema.getType(name);
      if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum`);
      return type.getValues().map((v) => v.value as string);
    };
    expect(values('DevelopmentArea')).toEqual([...DEVELOPMENT_AREAS]);
    expect(values('IndicatorKind')).toEqual([...INDICATOR_KINDS]);
    expect(values('Polarity')).toEqual([...POLARITIES]);
    expect(values('IndicatorTransform')).toEqual([...INDICATOR_TRANSFORMS]);
    expect(values('ObservationFlag')).toEqual([...STORED_OBSERVATION_FLAGS]);
    expect(values('PartnerType')).toEqual([...PARTNER_TYPES]);
    expect(values('PartnerRole')).toEqual([...PARTNER_ROLES]);
    expect(values('Fund')).toEqual([...FUNDS]);
    expect(values('Role')).toEqual([...USER_ROLES]);
    expect(values('ClusterStage')).toEqual([...CLUSTER_STAGES]);
    expect(values('QualityLabel')).toEqual([...QUALITY_LABELS]);
  });
});
