// Lints the Lit templates and their accessibility (eslint-plugin-lit, eslint-plugin-lit-a11y) in `npm test`.
// TypeScript 7 has no JavaScript API, so typescript-eslint cannot run with the project's TypeScript: the files are
// parsed with Babel's TypeScript syntax instead (types are checked by `tsc --noEmit`, not here).
import babelParser from '@babel/eslint-parser';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default [
  { ignores: ['dist/**', 'dist-wordpress/**', 'storybook-static/**', 'node_modules/**', 'receiver/**', 'src/generated/**', 'wordpress/build/**'] },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'configurator/**/*.ts', 'wordpress/src/**/*.ts'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { babelrc: false, configFile: false, presets: [['@babel/preset-typescript', { allowDeclareFields: true }]] },
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { lit, 'lit-a11y': litA11y },
    rules: { ...lit.configs.recommended.rules, ...litA11y.configs.recommended.rules },
  },
];
