import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments, precompress, routeManifest } from '@polisee/vite-plugins';
import { ADMIN_ROUTES } from './src/app/routes';
import { polisI18n, catalogueChunks } from '@polisee/ui/vite';

// Served by the API under /admin; in development the API runs on :4000 and is proxied.
const api = process.env.POLISEE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  base: '/admin/',
  plugins: [graphqlDocuments(), react(), ...polisI18n({ root: import.meta.dirname }), routeManifest({ locales: [], routes: ADMIN_ROUTES }), precompress()],
  resolve: { conditions: ['@polisee/source', ...defaultClientConditions] },
  server: {
    port: 5174,
    proxy: { '/graphql': { target: api, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // React, Apollo and graphql change less often than the app: a separate, longer-cached chunk.
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Each locale's catalogues (app and @polisee/ui) in one lazy chunk, messages-<locale>.
          groups: [catalogueChunks, { name: 'vendor', test: /node_modules[\\/](react|react-dom|react-router|@apollo|@lingui|graphql|rxjs)[\\/]/ }],
        },
      },
    },
  },
});
