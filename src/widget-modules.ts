import type { VersionedElement } from './core/define-element.js';

/**
 * Every widget's tag and how to load its class: each is its own chunk in the built script, loaded only when an
 * element with that tag is on the page. Listed in the order a page needs them most: the quick exit first, so a
 * visitor at risk can leave as soon as possible.
 */
export const WIDGET_MODULES: Readonly<Record<string, () => Promise<VersionedElement>>> = {
  'quick-exit': () => import('./widgets/quick-exit/quick-exit.js').then((module) => module.QuickExit),
  'help-line': () => import('./widgets/help-line/help-line.js').then((module) => module.HelpLine),
  'trafficking-stat': () => import('./widgets/trafficking-stat/trafficking-stat.js').then((module) => module.TraffickingStat),
  'share-card': () => import('./widgets/share-card/share-card.js').then((module) => module.ShareCard),
  'petition-form': () => import('./widgets/petition-form/petition-form.js').then((module) => module.PetitionForm),
  'mission-contact': () => import('./widgets/mission-contact/mission-contact.js').then((module) => module.MissionContact),
};
