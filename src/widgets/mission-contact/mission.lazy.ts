/*
 * Everything <mission-contact> needs once its data is there: checking and merging datasets, the picker and the card
 * with their styles.
 * Loaded together with the dataset, only when the widget is on the page (dist/lazy/mission.js beside the script).
 */
export { settleMissions, mergeMissions } from './mission-data.js';
export { renderPicker, fillPicker, prepareDraw, renderCard, pageRegions } from './mission-card.js';
export { missionContactStyles } from './mission-contact.styles.js';
export { countryName } from '../../core/country-names.js';
