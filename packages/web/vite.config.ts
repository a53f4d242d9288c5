import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app is served at / by the Greenlight server in production (same origin as /api/v1).
// In development, `npm run dev -w @greenlight/web` proxies the API to a server on port 4000.
const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:4000', changeOrigin: false } },
  },
  preview: { proxy: { '/api': { target: 'http://127.0.0.1:4000', changeOrigin: false } } },
});
