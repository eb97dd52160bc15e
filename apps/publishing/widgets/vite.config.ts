import { defineConfig } from 'vite';

// `npm run build:widgets -w apps/publishing` writes one self-contained ES module,
// widgets/dist/mutua-widgets.js (ignored by git), that a site embeds with one <script type="module"> tag.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: 'mutua-widgets.ts', formats: ['es'], fileName: () => 'mutua-widgets.js' },
  },
});
