#!/usr/bin/env node
// `npm run data:report`: prints the coverage of the shipped datasets (src/data/missions.json, helplines.json,
// stats.ts) as Markdown tables, the same tables docs/data.md shows. Reads only; writes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource } from './import-source.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const missions = read('src/data/missions.json');
const helplines = read('src/data/helplines.json');

const total = missions.entries.length;
const pct = (n) => `${Math.round((100 * n) / total)} %`;
const lines = [];
const out = (text = '') => lines.push(text);
const table = (head, rows) => {
  out(`| ${head.join(' | ')} |`);
  out(`| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`);
  for (const row of rows) out(`| ${row.join(' | ')} |`);
  out();
};

// Missions
out(`## Mission contacts (${total} member states)`);
out();
const fields = [
  ['name', 'Mission name'],
  ['address', 'Address'],
  ['phone', 'Phone'],
  ['email', 'Email'],
  ['website', 'Website'],
];
const withMission = missions.entries.filter((e) => e.mission);
table(
  ['Field', 'Countries', 'Share', 'Official source', 'Secondary source', 'Current', 'May be out of date'],
  fields.map(([key, label]) => {
    const values = withMission.map((e) => e.mission.provenance?.[key]).filter(Boolean);
    return [
      label,
      values.length,
      pct(values.length),
      values.filter((p) => p.kind === 'official').length,
      values.filter((p) => p.kind === 'secondary').length,
      values.filter((p) => p.current !== false).length,
      values.filter((p) => p.current === false).length,
    ];
  }),
);
const phoneLinked = withMission.filter((e) => e.mission.tel).length;
out(
  `Countries with at least one way to reach the mission (address, phone, email or website): ${withMission.length} (${pct(withMission.length)}); ` +
    `with a phone: ${withMission.filter((e) => e.mission.phone).length} (all with a tel: link: ${phoneLinked}); ` +
    `whose details are all current: ${withMission.filter((e) => e.mission.current !== false).length}.`,
);
out();
const none = missions.entries.filter((e) => !e.mission).map((e) => e.country);
out(`Without any contact (${none.length}): ${none.join(' ')}`);
out();

// Palermo
out('## Palermo Protocol status');
out();
const status = (s) => missions.entries.filter((e) => (e.palermo?.status ?? 'unknown') === s);
table(
  ['Status', 'Member states', 'With a deposit date', 'With a signature date'],
  ['party', 'signatory', 'not-party', 'unknown'].map((s) => [
    s,
    status(s).length,
    status(s).filter((e) => e.palermo?.since).length,
    status(s).filter((e) => e.palermo?.signed).length,
  ]),
);
out(
  `UN Treaty Collection, status as at 2024-04-20: 182 parties (including the European Union and the State of Palestine, not member states) and 117 signatories.`,
);
out(
  `Not party: ${
    status('not-party')
      .map((e) => e.country)
      .join(' ') || '-'
  }. Signatory only: ${
    status('signatory')
      .map((e) => e.country)
      .join(' ') || '-'
  }.`,
);
out(
  `Unknown (${status('unknown').length}): ${status('unknown')
    .map((e) => e.country)
    .join(' ')}`,
);
out();

// Help lines
out('## Help lines and emergency numbers');
out();
const allLines = helplines.entries.flatMap((e) => (e.lines ?? []).map((l) => ({ ...l, country: e.country })));
const kinds = ['trafficking', 'child', 'gbv', 'general'];
table(
  ['Kind', 'Lines', 'Countries', 'With a tel: link', 'Official name source', 'May be out of date'],
  kinds.map((k) => {
    const ofKind = allLines.filter((l) => l.kind === k);
    return [
      k,
      ofKind.length,
      new Set(ofKind.map((l) => l.country)).size,
      ofKind.filter((l) => l.tel).length,
      ofKind.filter((l) => l.provenance?.name?.kind === 'official').length,
      ofKind.filter((l) => l.current === false).length,
    ];
  }),
);
const countriesWithLine = helplines.entries.filter((e) => e.lines);
const trafficking = new Set(allLines.filter((l) => l.kind === 'trafficking').map((l) => l.country));
out(
  `Lines: ${allLines.length} in ${countriesWithLine.length} countries; countries with an anti-trafficking line: ${trafficking.size}; ` +
    `countries with only a child, GBV or general line: ${countriesWithLine
      .filter((e) => !trafficking.has(e.country))
      .map((e) => e.country)
      .join(' ')}.`,
);
const emergency = helplines.entries.filter((e) => e.emergency);
out(
  `Emergency numbers: ${emergency.length} of ${helplines.entries.length} member states (${emergency.filter((e) => e.emergency.kind === 'official').length} from an official page, the rest from secondary pages: mostly a foreign government's travel advice or an encyclopedia list); ` +
    `without: ${
      helplines.entries
        .filter((e) => !e.emergency)
        .map((e) => e.country)
        .join(' ') || '-'
    }.`,
);
out(
  `Countries without a known line show the emergency number and the ${helplines.directory.name} (${helplines.directory.url}): ${helplines.entries.length - countriesWithLine.length}.`,
);
out();

// Statistics
const { stats } = await importSource(join(root, 'src/data/stats.ts'));
out(`## Statistics (${stats.length} entries)`);
out();
const year = new Date().getUTCFullYear();
const age = (s) => year - Number(s.dataYear.slice(-4));
table(
  ['Tier', 'Entries', 'Current (not superseded)', 'Data up to 5 years old', 'Data older'],
  ['primary', 'secondary'].map((t) => {
    const of = stats.filter((s) => s.tier === t);
    return [t, of.length, of.filter((s) => !s.supersededBy).length, of.filter((s) => age(s) <= 5).length, of.filter((s) => age(s) > 5).length];
  }),
);
table(
  ['Id', 'Tier', 'Published', 'Data', 'Superseded by'],
  stats.map((s) => [s.id, s.tier, s.published, s.dataYear, s.supersededBy ?? '']),
);

console.log(lines.join('\n'));
