import type { Plugin } from 'vite';

export function polisI18n(options: { root: string }): Plugin[];
export const catalogueChunks: { name: (id: string) => string | null; test: RegExp };
