import type { HelpDirectory } from './helpline-types.js';

/**
 * The worldwide directory a help card offers for a country without a known anti-trafficking line, and instead of
 * lines when no help data can be used at all. Its address as the two source pages give it (read 2026-11-22). The
 * importer writes it into the dataset (scripts/import-helplines.mjs); the widget keeps it for when the dataset fails.
 */
export const HELP_DIRECTORY: HelpDirectory = {
  name: 'Global Modern Slavery Directory',
  url: 'https://globalmodernslavery.org/',
  sources: [
    { label: 'globalmodernslavery.org', url: 'https://globalmodernslavery.org/faq/' },
    { label: 'polarisproject.org', url: 'https://polarisproject.org/blog/2021/03/impact-of-the-global-modern-slavery-directory-in-2020' },
  ],
  retrieved: '2026-11-22',
};
