import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

/** The audited tables as a person names them (the API's `entityType`). */
export const entityTypeLabels: Record<string, MessageDescriptor> = {
  app_user: msg({ message: 'User', comment: 'Audit log: a kind of record' }),
  partner: msg({ message: 'Partner', comment: 'Audit log: a kind of record' }),
  indicator: msg({ message: 'Indicator', comment: 'Audit log: a kind of record' }),
  region: msg({ message: 'Region', comment: 'Audit log: a kind of record' }),
  observation: msg({ message: 'Observation', comment: 'Audit log: a kind of record' }),
  cluster: msg({ message: 'Cluster', comment: 'Audit log: a kind of record' }),
  sector_employment: msg({ message: 'Sector employment', comment: 'Audit log: a kind of record' }),
  import_batch: msg({ message: 'Import', comment: 'Audit log: a kind of record' }),
};

