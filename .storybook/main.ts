import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

// The configurator (built by `npm run build` into dist-configurator/) ships with the static Storybook at
// configurator/, so a partner who hosts the Storybook build hosts the configurator too.
const configurator = fileURLToPath(new URL('../dist-configurator', import.meta.url));
const withConfigurator = existsSync(configurator);
if (!withConfigurator) console.warn('storybook: dist-configurator/ is missing, so this Storybook has no configurator: run npm run build first.');

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  staticDirs: withConfigurator ? [{ from: '../dist-configurator', to: '/configurator' }] : [],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Data files a story points a widget at (`new URL('./data/….json', import.meta.url)`) stay files: inlined as a
  // `data:` URL, as Vite does with small assets, the widgets would refuse them (they load data over https: only).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined) },
  }),
};

export default config;
