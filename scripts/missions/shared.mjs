// Reads the researched datasets in the shared/data format (see shared/data/README.md):
//   missions.json          { source, retrieved, entries: [{ iso2, mission: { name, website, address, phone, email,
//                            sources: ["<url> (<note>)"], verified_current } }] }
//   palermo-parties.json   { source_keys: { S1: "<url> (<note>)" }, retrieved,
//                            entries: [{ iso2, ratification_or_accession, party, sources: ["S1"], notes }] }
// Only values a source gave are taken: a null stays absent. Palermo rows count only with party === true and a
// deposit date; signature-only rows (party null, "not established here") are not bundled, so the widget says nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactFields, hasChannel } from './contact.mjs';
import { checkCountry, checkDate, sourceFromText, uniqueSources } from './validate.mjs';

/**
 * @param {string} dir the shared/data folder
 * @returns {{entries: Map<string, {mission?: object, palermo?: object}>, sources: string[], problems: {file: string, where: string, message: string, kind: string}[]}}
 */
export function readShared(dir) {
  const problems = [];
  const entries = new Map();
  const entry = (iso2) => entries.get(iso2) ?? entries.set(iso2, {}).get(iso2);
  const sources = [];

  const missionsFile = join(dir, 'missions.json');
  const missions = JSON.parse(readFileSync(missionsFile, 'utf8'));
  const retrieved = checkDate(missions.retrieved, 'retrieved');
  if (retrieved.error) throw new Error(`${missionsFile}: ${retrieved.error}`);
  sources.push(...[missions.source ?? []].flat().map((s) => `${s} [retrieved ${retrieved.value}]`));
  missions.entries.forEach((raw, index) => {
    const where = `entries[${index}]${raw?.iso2 ? ` (${raw.iso2})` : ''}`;
    const report = (message, kind = 'row') => problems.push({ file: missionsFile, where, message, kind });
    const country = checkCountry(raw?.iso2);
    if (country.error) return report(`rejected: ${country.error}`);
    entry(country.value);
    const m = raw.mission;
    if (!m) return;
    const fields = contactFields(m, report);
    if (!hasChannel(fields)) return;
    entry(country.value).mission = {
      ...fields,
      sources: uniqueSources((m.sources ?? []).map(sourceFromText)),
      retrieved: retrieved.value,
      ...(m.verified_current === false && { current: false }),
    };
  });

  const palermoFile = join(dir, 'palermo-parties.json');
  const palermo = JSON.parse(readFileSync(palermoFile, 'utf8'));
  const palermoRetrieved = checkDate(palermo.retrieved, 'retrieved');
  if (palermoRetrieved.error) throw new Error(`${palermoFile}: ${palermoRetrieved.error}`);
  sources.push(`Palermo Protocol status (UNTC XVIII-12-a), partial: ${Object.values(palermo.source_keys ?? {}).join('; ')} [retrieved ${palermoRetrieved.value}]`);
  let unknown = 0;
  palermo.entries.forEach((raw, index) => {
    const where = `entries[${index}]${raw?.name ? ` (${raw.name})` : ''}`;
    if (raw?.party !== true) {
      unknown++;
      return;
    }
    const country = checkCountry(raw.iso2);
    if (!raw.iso2) return problems.push({ file: palermoFile, where, message: 'skipped: no ISO code (not a UN member state)', kind: 'notice' });
    if (country.error) return problems.push({ file: palermoFile, where, message: `skipped: ${country.error}`, kind: 'notice' });
    const since = checkDate(raw.ratification_or_accession, 'ratification_or_accession');
    if (since.error) return problems.push({ file: palermoFile, where, message: `rejected: ${since.error}`, kind: 'row' });
    entry(country.value).palermo = {
      since: since.value,
      sources: uniqueSources((raw.sources ?? []).map((key) => sourceFromText(palermo.source_keys?.[key] ?? key))),
      retrieved: palermoRetrieved.value,
      ...(raw.notes && { note: raw.notes }),
    };
  });
  if (unknown) problems.push({ file: palermoFile, where: 'entries', message: `${unknown} rows without an established party status are not bundled (the widget then says nothing)`, kind: 'notice' });
  return { entries, sources, problems };
}
