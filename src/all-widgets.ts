import { QuickExit } from './widgets/quick-exit/quick-exit.js';
import { TraffickingStat } from './widgets/trafficking-stat/trafficking-stat.js';
import { ShareCard } from './widgets/share-card/share-card.js';
import { PetitionForm } from './widgets/petition-form/petition-form.js';
import { MissionContact } from './widgets/mission-contact/mission-contact.js';

/**
 * Every widget's tag and class, in the order the one-script bundle registers them: the quick exit first (a visitor
 * at risk must be able to leave as soon as possible), then the headline figures, then the rest.
 */
export const WIDGETS = [
  ['quick-exit', QuickExit],
  ['trafficking-stat', TraffickingStat],
  ['share-card', ShareCard],
  ['petition-form', PetitionForm],
  ['mission-contact', MissionContact],
] as const;
