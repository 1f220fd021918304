/**
 * The bundled help-line dataset's address: shipped beside the entry (data/helplines.json, see
 * scripts/missions/json-beside-script.mjs), fetched only when a `<help-line>` is on the page.
 */
export const BUNDLED_HELPLINES = new URL('../../data/helplines.json', import.meta.url).href;
