// The Vite plugins both apps use for translations: the Lingui macro through Babel (Vite 8's
// React plugin has no Babel of its own) and the on-the-fly compilation of `.po` catalogues,
// the app's with the app's lingui.config and @polisee/ui's with this package's.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import babel from '@rolldown/plugin-babel';
import { lingui } from '@lingui/vite-plugin';

const uiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {{ root: string }} options the app's directory (where its lingui.config.ts is) */
export function polisI18n({ root }) {
  const [macroGuard, appCatalogues] = lingui({ cwd: root });
  const [, uiCatalogues] = lingui({ configPath: path.join(uiRoot, 'lingui.config.ts') });
  const catalogues = {
    name: 'polisee-lingui-catalogues',
    config: appCatalogues.config,
    transform(src, id) {
      if (!/(\.po|\?lingui)$/.test(id)) return null;
      const owner = id.startsWith(uiRoot + path.sep) ? uiCatalogues : appCatalogues;
      return owner.transform.call(this, src, id);
    },
  };
  return [
    babel({
      // Only files that import a Lingui macro pay for Babel.
      presets: [
        {
          preset: () => ({ plugins: ['@lingui/babel-plugin-lingui-macro'] }),
          rolldown: { filter: { code: /@lingui\/(core|react)\/macro/ } },
        },
      ],
    }),
    macroGuard,
    catalogues,
  ];
}

/**
 * Code-splitting groups: every catalogue of one locale (the app's features and @polisee/ui)
 * in one lazily loaded chunk `messages-<locale>`.
 */
export const catalogueChunks = {
  name: (id) => {
    const match = /[\\/]([a-zA-Z-]+)\.po$/.exec(id);
    return match ? `messages-${match[1]}` : null;
  },
  test: /\.po$/,
};
