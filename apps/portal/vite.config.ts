import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the API at /; in development the API runs on :4000 and is proxied.
const api = process.env.POLISEE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api },
      '/schema.graphql': { target: api },
    },
  },
  build: { outDir: 'dist', sourcemap: true },
});
