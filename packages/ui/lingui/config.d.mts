import type { LinguiConfig } from '@lingui/conf';

export function polisLinguiConfig(catalogs: Array<{ path: string; include: string[]; exclude?: string[] }>): LinguiConfig;
