import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const graphqlProxy = { '/graphql': { target: 'http://localhost:4000', changeOrigin: true } };

export default defineConfig({
  root: import.meta.dirname,
  // Absolute asset paths, so a deep link such as /document/<id> still loads the bundle.
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape alone is about 430 kB minified; the app is one screen, so one bundle is fine.
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: graphqlProxy },
  preview: { proxy: graphqlProxy },
});
