import type { Page } from 'playwright-core';
/** Problems found on the current page (overflow, unreachable actions, serious/critical axe violations). */
export function screenProblems(page: Page): Promise<string[]>;
