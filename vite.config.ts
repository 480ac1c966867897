import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The desktop app loads the build through its app:// protocol and the browser mode serves it
// from the CLI's HTTP server: relative asset paths keep both working.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    // Loaded from the local disk or loopback, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1024,
  },
});
