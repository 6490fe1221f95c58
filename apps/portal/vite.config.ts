import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the API at /; in development the API runs on :4000 and is proxied.
const api = process.env.POLISEE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { conditions: ['@polisee/source', ...defaultClientConditions] },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api },
      '/schema.graphql': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The country outlines (world-atlas 50m, ~760 kB, ~240 kB gzipped) are data in their own
    // lazily loaded chunk; code chunks stay well below this.
    chunkSizeWarningLimit: 800,
    // React, Apollo and graphql change less often than the app: a separate, longer-cached chunk.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|react-router|@apollo|graphql|rxjs)/ }] } },
    },
  },
});
