import { fetchJson } from '../../core/fetch-json.js';

/**
 * The bundled dataset's address. It is never part of the script: the build ships it beside the bundle
 * (data/missions.json, see scripts/missions/json-beside-script.mjs) and it is fetched only when a
 * `<mission-contact>` is connected.
 */
export const BUNDLED_MISSIONS = new URL('../../data/missions.json', import.meta.url).href;

const fetches = new Map<string, Promise<unknown>>();

/** Fetches a dataset once per page and URL (every widget shares the answer, or the failure). */
export function fetchDataset(url: string): Promise<unknown> {
  let fetched = fetches.get(url);
  if (!fetched) fetches.set(url, (fetched = fetchJson(url)));
  return fetched;
}
