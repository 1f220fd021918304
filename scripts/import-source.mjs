// Node scripts read some of the library's TypeScript sources directly (the statistics catalogue, the number
// formats), so the report, the tests and the WordPress build say exactly what the widgets say.
import { build } from 'esbuild';

/** Imports a TypeScript module of the library (bundled with its imports by esbuild) and returns its exports. */
export async function importSource(file) {
  const bundled = await build({ entryPoints: [file], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}
