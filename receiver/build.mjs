// Builds the receiver: src/*.ts → dist/*.js (esbuild, ES modules for Node 20; dependencies stay in node_modules).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts', 'src/main.ts', 'src/tools.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: new URL('.', import.meta.url).pathname,
});
