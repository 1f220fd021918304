/*
 * The configurator page's script (index.html): the data sit beside the page, so the folder works from any host
 * (npm start's /configurator/, the Storybook build, a partner's own site).
 */
import { startConfigurator } from './app.js';

const root = document.getElementById('configurator');
if (root) {
  startConfigurator(root, {
    manifest: './custom-elements.json',
    catalogue: './catalogue.json',
    dist: './dist/',
    preview: './preview.html',
  }).catch((error: unknown) => {
    root.textContent = `The configurator could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute('role', 'alert');
  });
}
