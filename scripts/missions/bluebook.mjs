// Reads the UN e-Blue Book's machine-readable directory (the data.json its web page loads, published by the UN
// Protocol and Liaison Service at https://bluebook.e-delegate.un.org/data.json, mirror
// https://bluebook.unmeetings.org/data.json). Its shape, as public scripts that read it document:
//   { "countries": [ { "MC_Entity", "MC_EntityBB", "MC_EntityShort", "MC_Category", "MC_Address", "MC_Telephone",
//                      "MC_Telefax", "MC_eMail", "MC_WebSite", "MC_MembershipDate", ... } ],
//     "bluebooks": [ staff records, BB_* fields ] }
// `MC_Category` "1" marks a Member State; other categories are observers and organisations. The first line of
// `MC_Address` is usually the mission's name ("Permanent Mission of … to the United Nations").
// Only mission-level MC_* fields are read. The staff records ("bluebooks") are never read, kept or written.
import { contactFields, hasChannel, withSource } from './contact.mjs';
import { countryFromName } from './validate.mjs';

export const BLUE_BOOK_PAGE = 'https://bluebook.e-delegate.un.org/';
/** The directory file itself: the address each imported value cites as its source. */
export const BLUE_BOOK_DATA = `${BLUE_BOOK_PAGE}data.json`;

/** True for an address line that names the mission rather than a place. */
function isMissionName(line) {
  return (
    /\b(mission|missão|misión|représentation|delegation|délégation)\b/i.test(line) && /united nations|nations unies|naciones unidas|\bU\.?N\.?\b/i.test(line)
  );
}

/**
 * @param {unknown} data the parsed data.json
 * @param {{retrieved: string, page?: string}} options retrieved: the date the file was downloaded (YYYY-MM-DD);
 *   page: the address of the file (default the UN's data.json), cited as each value's source
 * @returns {{missions: Map<string, {values: object, where: string}>, problems: {where: string, message: string, kind: string}[], skipped: number}}
 *   values: per missions.csv field, `{value, url, kind: 'official', retrieved, current: true}` (source: the Blue Book)
 */
export function readBlueBook(data, { retrieved, page = BLUE_BOOK_DATA }) {
  if (!data || typeof data !== 'object' || !Array.isArray(data.countries)) {
    throw new Error('this is not the Blue Book directory: it has no "countries" list of missions');
  }
  const missions = new Map();
  const problems = [];
  let skipped = 0;
  data.countries.forEach((record, index) => {
    const entity = record && typeof record === 'object' ? String(record.MC_EntityBB || record.MC_Entity || '').trim() : '';
    const where = `countries[${index}]${entity ? ` (${entity})` : ''}`;
    const report = (message, kind = 'row') => problems.push({ where, message, kind });
    if (!entity) return report('rejected: the record has no MC_Entity name');
    if (String(record.MC_Category ?? '').trim() !== '1') {
      skipped++;
      return;
    }
    const iso2 = countryFromName(record.MC_EntityBB, record.MC_Entity, record.MC_EntityShort);
    if (!iso2) return report(`rejected: "${entity}" does not match the name of a UN member state (add it to ALIASES in scripts/missions/validate.mjs)`);
    const earlier = missions.get(iso2);
    if (earlier) return report(`rejected: ${iso2} is already given by ${earlier.where}`);
    const lines =
      typeof record.MC_Address === 'string'
        ? record.MC_Address.split(/\r\n|\r|\n/)
            .map((l) => l.trim())
            .filter(Boolean)
        : [];
    const named = lines.length > 1 && isMissionName(lines[0]);
    const fields = contactFields(
      {
        name: named ? lines[0] : undefined,
        address: named ? lines.slice(1).join('\n') : record.MC_Address,
        phone: record.MC_Telephone,
        email: record.MC_eMail,
        website: record.MC_WebSite,
      },
      report,
    );
    if (!hasChannel(fields)) return report('rejected: no usable address, telephone, email or website');
    missions.set(iso2, { where, values: withSource(fields, { url: page, kind: 'official', retrieved, current: true }) });
  });
  return { missions, problems, skipped };
}
