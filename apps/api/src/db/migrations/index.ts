import { Initial1795839450435 } from './1795839450435-Initial';
import { IndicatorData1795840168266 } from './1795840168266-IndicatorData';
import { DataVersion1795843000000 } from './1795843000000-DataVersion';
import { PolicyExamples1795855000000 } from './1795855000000-PolicyExamples';
import { PracticeSearch1795855000001 } from './1795855000001-PracticeSearch';

/** Every migration, in order. Listed explicitly so the build needs no glob loading. */
export const MIGRATIONS = [Initial1795839450435, IndicatorData1795840168266, DataVersion1795843000000, PolicyExamples1795855000000, PracticeSearch1795855000001];
