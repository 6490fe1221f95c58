import type { DataSource } from 'typeorm';
import type { Config } from '../config/env';
import { AuthService } from '../modules/auth/auth.service';
import { UserService } from '../modules/auth/user.service';
import { BenchmarkService } from '../modules/benchmark/benchmark.service';
import { ClusterService } from '../modules/cluster/cluster.service';
import { ImportService } from '../modules/data-import/import.service';
import { IndicatorService } from '../modules/indicator/indicator.service';
import { ObservationService } from '../modules/observation/observation.service';
import { PartnerService } from '../modules/partner/partner.service';
import { PracticeService } from '../modules/practice/practice.service';
import { RegionService } from '../modules/region/region.service';

/** Stateless services shared by all requests of a process (state lives in the database). */
export function createServices(ds: DataSource, config: Config) {
  const auth = new AuthService(ds, config);
  const observations = new ObservationService(ds);
  const benchmarks = new BenchmarkService(ds, config.benchmarkCacheSize);
  return {
    auth,
    users: new UserService(ds, auth),
    partners: new PartnerService(ds),
    regions: new RegionService(ds),
    indicators: new IndicatorService(ds),
    observations,
    imports: new ImportService(ds, observations),
    benchmarks,
    practices: new PracticeService(ds, benchmarks),
    clusters: new ClusterService(ds),
  };
}
export type Services = ReturnType<typeof createServices>;
