import { Initial1795839450435 } from './1795839450435-Initial';
import { IndicatorData1795840168266 } from './1795840168266-IndicatorData';
import { DataVersion1795843000000 } from './1795843000000-DataVersion';
import { Hardening1795851000000 } from './1795851000000-Hardening';
import { AuditTriggers1795851000001 } from './1795851000001-AuditTriggers';
import { RateLimitUnlogged1795851000002 } from './1795851000002-RateLimitUnlogged';
import { PublicDataVersion1795853000000 } from './1795853000000-PublicDataVersion';
import { IndicatorTranslations1795854000000 } from './1795854000000-IndicatorTranslations';
import { PolicyExamples1795855000000 } from './1795855000000-PolicyExamples';
import { PracticeSearch1795855000001 } from './1795855000001-PracticeSearch';
import { LearningCycle1795856000000 } from './1795856000000-LearningCycle';
import { Training1795860000000 } from './1795860000000-Training';
import { Foresight1795870000000 } from './1795870000000-Foresight';
import { PracticeSearchTable1795880000000 } from './1795880000000-PracticeSearchTable';

/** Every migration, in order. Listed explicitly so the build needs no glob loading. */
export const MIGRATIONS = [
  Initial1795839450435,
  IndicatorData1795840168266,
  DataVersion1795843000000,
  Hardening1795851000000,
  AuditTriggers1795851000001,
  RateLimitUnlogged1795851000002,
  PublicDataVersion1795853000000,
  IndicatorTranslations1795854000000,
  PolicyExamples1795855000000,
  PracticeSearch1795855000001,
  LearningCycle1795856000000,
  Training1795860000000,
  Foresight1795870000000,
  PracticeSearchTable1795880000000,
];
