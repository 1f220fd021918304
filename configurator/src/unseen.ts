/*
 * Options whose effect the preview cannot show: what the widget sends or shares, or what happens on the partner's
 * page (scrolling, the first Tab). Said beside the option, so an editor who sees no change does not think it broken.
 * By widget and attribute; a test checks that each is still an attribute of its widget.
 */
import { t } from './i18n.js';

const sentToYourSystem = () => t('The preview does not show this: it changes what is sent to your system with each signature.');
const addedToShares = () => t('The preview does not show this: it is added to what people share.');
const heardAsHeadings = () => t('The preview does not show this: screen readers announce these titles as headings, which look the same.');

export const UNSEEN_IN_PREVIEW: Record<string, Record<string, () => string>> = {
  'petition-form': {
    format: sentToYourSystem,
    method: sentToYourSystem,
    tags: sentToYourSystem,
    'source-code': sentToYourSystem,
    persist: () => t('The preview does not show this: it matters only when a signature cannot be sent at once.'),
    autofill: () => t('The preview does not show this: it changes what the signer’s browser offers to fill in and remembers, not how the form looks.'),
  },
  'share-card': {
    hashtags: addedToShares,
    'utm-source': addedToShares,
    'utm-medium': addedToShares,
    'utm-campaign': addedToShares,
  },
  'quick-exit': {
    sticky: () => t('The preview does not show this: it takes effect when your page scrolls.'),
    'no-skip-link': () => t('The preview does not show this: the exit link appears when a keyboard user first presses Tab on your page.'),
  },
  'help-line': { 'heading-level': heardAsHeadings },
  'mission-contact': { 'heading-level': heardAsHeadings },
};

/** The note for an option whose effect the preview cannot show, or null. */
export const unseenInPreview = (tag: string, attribute: string): string | null => UNSEEN_IN_PREVIEW[tag]?.[attribute]?.() ?? null;
