/**
 * The library for bundler users: classes, helpers and types, with no side effects.
 * Import `campaign-widgets/define` (src/define.ts) to register the tags, or register them yourself.
 */
export { TraffickingStat } from './widgets/trafficking-stat/trafficking-stat.js';
export { ShareCard } from './widgets/share-card/share-card.js';
export { PetitionForm } from './widgets/petition-form/petition-form.js';
export { QuickExit, DEFAULT_EXIT_URL } from './widgets/quick-exit/quick-exit.js';
export { MissionContact, UN_DIRECTORY_URL } from './widgets/mission-contact/mission-contact.js';
export { HelpLine } from './widgets/help-line/help-line.js';
export { CampaignElement } from './core/campaign-element.js';
export { defineElement } from './core/define-element.js';
export { setLocale, getLocale, startLocalization, allLocales, sourceLocale } from './core/localization.js';
export { stats, findStat } from './data/stats.js';
export { VERSION } from './core/version.js';
export type { StatEntry } from './data/stat-types.js';
export type { CwErrorDetail, CwEventDetails } from './core/events.js';
export type { CwShareDetail, ShareNetwork } from './widgets/share-card/share-card.js';
export type { CwPetitionDetail, CwPetitionErrorDetail, PetitionSubmission, PetitionFormat } from './widgets/petition-form/petition-form.js';
export type { Signature } from './widgets/petition-form/adapters/types.js';
export type { CwExitDetail } from './widgets/quick-exit/quick-exit.js';
export type { CwContactDetail } from './widgets/mission-contact/mission-contact.js';
export type { CwHelpDetail } from './widgets/help-line/help-line.js';
export type {
  MissionDataset,
  MissionDatasetEntry,
  MissionEntry,
  MissionContactInfo,
  PalermoBlock,
  PalermoStatus,
  MissionSource,
  ValueProvenance,
} from './data/mission-types.js';
export type { HelpLineDataset, HelpEntry, HelpLine as HelpLineEntry, EmergencyNumber, HelpDirectory, HelpLineKind } from './data/helpline-types.js';
