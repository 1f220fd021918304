/**
 * The bundled dataset's address. It is never part of the script: the build ships it beside the entry
 * (data/missions.json, see scripts/missions/json-beside-script.mjs) and it is fetched only when a
 * `<mission-contact>` is connected.
 */
export const BUNDLED_MISSIONS = new URL('../../data/missions.json', import.meta.url).href;
