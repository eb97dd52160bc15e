import { defineConfig } from 'vite';

// `npx vite build --config apps/publishing/widgets/vite.config.ts` writes one self-contained
// ES module, dist/mutua-widgets.js, that a site embeds with one <script type="module"> tag.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'mutua-widgets.ts', formats: ['es'], fileName: () => 'mutua-widgets.js' },
  },
});
