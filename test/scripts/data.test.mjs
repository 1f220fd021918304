// Checks every shipped data file (src/data/missions.json, src/data/helplines.json, src/data/stats.ts) and the source
// files they are built from: shape, ISO codes, numbers, links, dates, sources. Run with
// `node --test test/scripts/*.test.mjs`.
//
// Staff names: no file has a field for a person (the check lists every key a block may have, so a `representative`
// or `contact` key fails), and the name, address and operator values are checked for titles that introduce a person
// (H.E., Ambassador, Mr, Mrs, Ms, Dr); mission names must name an institution (mission, representation...).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEMBER_STATES } from '../../scripts/missions/member-states.mjs';
import { parseCsv } from '../../scripts/missions/csv.mjs';
import { isHelpTel } from '../../scripts/helplines/phone.mjs';
import { emergencyModule } from '../../scripts/helplines/emergency-module.mjs';
import { importSource } from '../../scripts/import-source.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const missions = read('src/data/missions.json');
const helplines = read('src/data/helplines.json');
const CODES = MEMBER_STATES.map(([iso2]) => iso2).sort();
const TODAY = new Date().toISOString().slice(0, 10);

/** A real date YYYY-MM-DD between 1990 and today. */
function assertDate(value, where) {
  assert.match(String(value), /^\d{4}-\d{2}-\d{2}$/, `${where}: "${value}" is not YYYY-MM-DD`);
  assert.equal(new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10), value, `${where}: "${value}" is not a real date`);
  assert.ok(value >= '1990-01-01' && value <= TODAY, `${where}: ${value} is before 1990 or in the future`);
}
/** A page date: YYYY, YYYY-MM or YYYY-MM-DD, "~" in front when estimated, between 1990 and today. */
function assertPageDate(value, where) {
  const match = /^~?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  assert.ok(match, `${where}: page_date "${value}" is not YYYY[-MM[-DD]]`);
  assertDate(`${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`, where);
}
const https = (url, where) => assert.match(String(url), /^https:\/\/[^\s/]+\.[^\s/]+/, `${where}: "${url}" is not an https: address`);
const httpOrHttps = (url, where) => assert.match(String(url), /^https?:\/\/[^\s/]+\.[^\s/]+/, `${where}: "${url}" is not a web address`);
const onlyKeys = (object, allowed, where) => {
  for (const key of Object.keys(object)) assert.ok(allowed.includes(key), `${where}: unknown key "${key}" (allowed: ${allowed.join(', ')})`);
};
/**
 * The display list of sources: labels, https: links only. A source without a link must be a page read over http:
 * only: its address is in `read` (the provenance of the values, or the source file's source_url cell).
 */
function assertSources(sources, where, read = []) {
  assert.ok(Array.isArray(sources) && sources.length > 0, `${where}: no sources`);
  for (const source of sources) {
    onlyKeys(source, ['label', 'url'], `${where}.sources`);
    assert.ok(source.label, `${where}: a source without a label`);
    if (source.url) https(source.url, `${where}.sources`);
    else
      assert.ok(
        read.some((url) => url.startsWith('http://') && new URL(url).hostname.replace(/^www\./, '') === source.label.toLowerCase()),
        `${where}: source "${source.label}" has no address`,
      );
  }
}
/** The source_url cells of a source file, by country. */
function sourceUrls(file) {
  const { header, rows } = parseCsv(readFileSync(join(root, 'src/data/sources', file), 'utf8'));
  return new Map(rows.map((r) => [r.cells[header.indexOf('country')], r.cells[header.indexOf('source_url')].split(/\s+/)]));
}
function assertProvenance(p, where) {
  onlyKeys(p, ['url', 'kind', 'retrieved', 'page_date', 'current'], where);
  httpOrHttps(p.url, where);
  assert.ok(['official', 'secondary'].includes(p.kind), `${where}: kind "${p.kind}"`);
  assertDate(p.retrieved, `${where}.retrieved`);
  if (p.page_date !== undefined) assertPageDate(p.page_date, where);
  if (p.current !== undefined) assert.equal(p.current, false, `${where}: current is only ever written as false`);
}
const PERSON = /\b(H\.\s?E\.|His Excellency|Her Excellency|Ambassador|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Chargé)\s/;

describe('src/data/missions.json', () => {
  test('schema 2, one entry per UN member state in code order', () => {
    onlyKeys(missions, ['schema', 'sources', 'notes', 'entries'], 'dataset');
    assert.equal(missions.schema, 2);
    assert.deepEqual(
      missions.entries.map((e) => e.country),
      CODES,
    );
    assert.equal(CODES.length, 193);
  });

  test('every shown contact value has its source, kind and date; numbers, emails and links are usable', () => {
    const fields = { name: 'name', address: 'address', phone: 'phone', email: 'email', website: 'website' };
    for (const { country, mission, ...rest } of missions.entries) {
      onlyKeys(rest, ['palermo'], country);
      if (!mission) continue;
      const where = `${country}.mission`;
      onlyKeys(mission, ['name', 'address', 'phone', 'tel', 'email', 'website', 'sources', 'retrieved', 'current', 'provenance'], where);
      assert.ok(mission.address || mission.phone || mission.email || mission.website, `${where}: no way to reach the mission`);
      for (const [key, field] of Object.entries(fields)) {
        if (mission[key] === undefined) {
          assert.equal(mission.provenance[field], undefined, `${where}: provenance for a value that is not shown`);
          continue;
        }
        assert.equal(typeof mission[key], 'string');
        assert.ok(mission.provenance?.[field], `${where}.${key} has no provenance`);
        assertProvenance(mission.provenance[field], `${where}.provenance.${field}`);
      }
      onlyKeys(mission.provenance, Object.values(fields), `${where}.provenance`);
      if (mission.tel) {
        assert.match(mission.tel, /^\+[1-9]\d{6,14}$/, `${where}.tel is not E.164`);
        assert.ok(mission.phone, `${where}: tel without the phone it comes from`);
        assert.equal(mission.phone.replace(/\D/g, '').replace(/^(?!1)/, '1'), mission.tel.slice(1), `${where}: tel is not the phone's number`);
      }
      if (mission.website) https(mission.website, `${where}.website`);
      if (mission.email) assert.match(mission.email, /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, `${where}.email`);
      if (mission.name)
        assert.match(
          mission.name,
          /mission|misión|missão|misija|misia|représentation|representation|rappresentanza|vertretung/i,
          `${where}.name does not name an institution`,
        );
      for (const value of [mission.name, mission.address]) if (value) assert.doesNotMatch(value, PERSON, `${where}: "${value}" names a person`);
      assertSources(
        mission.sources,
        where,
        Object.values(mission.provenance).map((p) => p.url),
      );
      assertDate(mission.retrieved, `${where}.retrieved`);
      const dates = Object.values(mission.provenance)
        .map((p) => p.retrieved)
        .sort();
      assert.equal(mission.retrieved, dates.at(-1), `${where}.retrieved is not the latest value's date`);
      const stale = Object.values(mission.provenance).some((p) => p.current === false);
      assert.equal(mission.current, stale ? false : undefined, `${where}.current does not follow its values`);
    }
  });

  test('Palermo: a block only for an established status, with consistent dates, and totals that fit the UN count', () => {
    const statuses = { party: 0, signatory: 0, 'not-party': 0 };
    const read = sourceUrls('palermo.csv');
    for (const { country, palermo } of missions.entries) {
      if (!palermo) continue;
      const where = `${country}.palermo`;
      onlyKeys(palermo, ['status', 'since', 'instrument', 'signed', 'sources', 'retrieved', 'as_at'], where);
      assert.ok(palermo.status in statuses, `${where}: status "${palermo.status}"`);
      statuses[palermo.status]++;
      if (palermo.status !== 'party') assert.equal(palermo.since ?? palermo.instrument, undefined, `${where}: a deposit for a non-party`);
      if (palermo.instrument) assert.ok(['ratification', 'accession', 'acceptance', 'approval', 'succession'].includes(palermo.instrument));
      for (const key of ['since', 'signed', 'as_at', 'retrieved']) if (palermo[key]) assertDate(palermo[key], `${where}.${key}`);
      if (palermo.since && palermo.signed) assert.ok(palermo.signed <= palermo.since, `${where}: signed after the deposit`);
      if (palermo.status === 'signatory') assert.ok(palermo.signed, `${where}: a signatory without a signature date`);
      assertSources(palermo.sources, where, read.get(country));
    }
    // UN Treaty Collection, status as at 2024-04-20: 182 parties (the European Union and the State of Palestine
    // among them, neither a member state) and 117 signatories.
    const stat = readFileSync(join(root, 'src/data/stats.ts'), 'utf8');
    assert.match(stat, /id: 'palermo-protocol-parties'[^}]*value: 182,/s, 'the catalogue and this check use the same UN count');
    assert.ok(statuses.party <= 182 - 2, `${statuses.party} member-state parties cannot fit 182 parties with the EU and Palestine`);
    assert.ok(statuses.signatory + statuses['not-party'] <= 193 - statuses.party);
    const signed = missions.entries.filter((e) => e.palermo?.signed).length;
    assert.ok(signed <= 117, `${signed} signature dates, but the UN counts 117 signatories`);
  });

  test('the source files list every member state once', () => {
    for (const file of ['missions.csv', 'palermo.csv', 'emergency.csv']) {
      const { header, rows } = parseCsv(readFileSync(join(root, 'src/data/sources', file), 'utf8'));
      const codes = rows.map((r) => r.cells[header.indexOf('country')]);
      assert.deepEqual([...codes].sort(), CODES, `${file} does not list the 193 member states once each`);
    }
  });
});

describe('src/data/helplines.json', () => {
  const LINE_KEYS = [
    'id',
    'kind',
    'name',
    'operator',
    'phone',
    'tel',
    'phoneLabel',
    'otherPhones',
    'sms',
    'smsLabel',
    'messaging',
    'web',
    'chat',
    'website',
    'hours',
    'languages',
    'free',
    'confidential',
    'sources',
    'retrieved',
    'current',
    'provenance',
  ];
  const SHOWN = ['name', 'operator', 'phone', 'sms', 'messaging', 'web', 'chat', 'website', 'hours', 'languages', 'free', 'confidential'];

  test('schema 1, one entry per UN member state, the directory with a sourced https address', () => {
    onlyKeys(helplines, ['schema', 'generated', 'notes', 'directory', 'entries'], 'dataset');
    assert.equal(helplines.schema, 1);
    assertDate(helplines.generated, 'generated');
    assert.deepEqual(
      helplines.entries.map((e) => e.country),
      CODES,
    );
    const { directory } = helplines;
    onlyKeys(directory, ['name', 'url', 'sources', 'retrieved'], 'directory');
    https(directory.url, 'directory.url');
    assertSources(directory.sources, 'directory');
    assertDate(directory.retrieved, 'directory.retrieved');
  });

  test('emergency numbers: dialable, sourced and dated', () => {
    const read = sourceUrls('emergency.csv');
    for (const { country, emergency, ...rest } of helplines.entries) {
      onlyKeys(rest, ['lines'], country);
      if (!emergency) continue;
      const where = `${country}.emergency`;
      onlyKeys(emergency, ['number', 'tel', 'also', 'sources', 'retrieved', 'kind', 'current'], where);
      if ('current' in emergency) assert.equal(emergency.current, false, `${where}.current is only ever false`);
      assert.match(emergency.number, /^[\d\s*+()-]+$/, `${where}.number`);
      if (emergency.tel) assert.ok(isHelpTel(emergency.tel), `${where}.tel "${emergency.tel}"`);
      for (const n of emergency.also ?? []) assert.match(n, /^[\d\s*+-]+$/, `${where}.also`);
      assert.ok(['official', 'secondary'].includes(emergency.kind));
      assertSources(emergency.sources, where, read.get(country));
      assertDate(emergency.retrieved, `${where}.retrieved`);
    }
    assert.ok(helplines.entries.filter((e) => e.emergency).length >= 190, 'an emergency number for (nearly) every member state');
  });

  test('lines: valid kinds, usable numbers and links, every shown value sourced and dated', () => {
    const ids = new Set();
    for (const { country, lines } of helplines.entries) {
      for (const line of lines ?? []) {
        const where = `${country}.${line.id}`;
        onlyKeys(line, LINE_KEYS, where);
        assert.ok(!ids.has(line.id), `${where}: id used twice`);
        ids.add(line.id);
        assert.ok(line.id.startsWith(`${country.toLowerCase()}-`), `${where}: id does not start with the country`);
        assert.ok(['trafficking', 'child', 'gbv', 'general'].includes(line.kind), `${where}: kind "${line.kind}"`);
        assert.ok(line.phone || line.sms || line.messaging || line.web || line.chat || line.website, `${where}: no way to reach the line`);
        for (const key of SHOWN) {
          if (line[key] === undefined) continue;
          assert.ok(line.provenance?.[key], `${where}.${key} has no provenance`);
          assertProvenance(line.provenance[key], `${where}.provenance.${key}`);
        }
        if (line.tel) assert.ok(isHelpTel(line.tel), `${where}.tel "${line.tel}"`);
        if (line.sms) assert.ok(isHelpTel(line.sms), `${where}.sms "${line.sms}"`);
        for (const key of ['messaging', 'web', 'chat', 'website']) if (line[key]) https(line[key], `${where}.${key}`);
        if (line.hours) assert.ok(line.hours === '24/7' || line.hours.length <= 60, `${where}.hours`);
        for (const code of line.languages ?? []) assert.match(code, /^[a-z]{2,3}(-[A-Z][a-z]{3}|-[A-Z]{2})?$/, `${where}.languages`);
        for (const key of ['free', 'confidential']) if (line[key] !== undefined) assert.equal(typeof line[key], 'boolean');
        assert.equal(line.otherPhones?.length, line.provenance.otherPhones?.length, `${where}: otherPhones and their provenance`);
        for (const [i, other] of (line.otherPhones ?? []).entries()) {
          onlyKeys(other, ['phone', 'tel', 'label'], `${where}.otherPhones`);
          if (other.tel) assert.ok(isHelpTel(other.tel), `${where}.otherPhones tel "${other.tel}"`);
          assertProvenance(line.provenance.otherPhones[i], `${where}.provenance.otherPhones[${i}]`);
        }
        for (const value of [line.name, line.operator]) if (value) assert.doesNotMatch(value, PERSON, `${where}: "${value}" names a person`);
        assertSources(
          line.sources,
          where,
          Object.values(line.provenance)
            .flat()
            .map((p) => p.url),
        );
        assertDate(line.retrieved, `${where}.retrieved`);
        const provenances = Object.values(line.provenance).flat();
        assert.equal(line.current, provenances.some((p) => p.current === false) ? false : undefined, `${where}.current does not follow its values`);
      }
    }
  });

  test('a child or gender-based-violence line is never labelled trafficking', () => {
    const childOrGbv = /\bchild|niñ|kinder|gender|violence|violencia|women|woman|mujer|femme|frauen|perempuan|anak|kasih|1098|116 ?111/i;
    for (const { lines } of helplines.entries) {
      for (const line of lines ?? [])
        if (childOrGbv.test(line.name)) assert.notEqual(line.kind, 'trafficking', `${line.id} "${line.name}" is labelled trafficking`);
    }
  });
});

describe('src/data/stats.ts', async () => {
  const { stats } = await importSource(join(root, 'src/data/stats.ts'));
  const byId = new Map(stats.map((s) => [s.id, s]));

  test('every figure has its publisher, report, dates, page, tier and a label of its own', () => {
    const labels = new Set();
    for (const s of stats) {
      const where = s.id;
      assert.match(s.id, /^[a-z0-9]+(-[a-z0-9]+)+$/);
      assert.ok(Number.isFinite(s.value), `${where}.value`);
      for (const key of ['publisher', 'report', 'year', 'dataYear']) assert.ok(typeof s[key] === 'string' && s[key].trim(), `${where}.${key}`);
      assert.match(s.published, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${where}.published`);
      assertPageDate(s.published, `${where}.published`);
      assert.equal(s.year, s.published.slice(0, 4), `${where}: year is the publication year`);
      assertDate(s.retrieved, `${where}.retrieved`);
      https(s.url, `${where}.url`);
      assert.ok(['primary', 'secondary'].includes(s.tier), `${where}.tier`);
      const label = s.label();
      assert.ok(label.trim(), `${where}: empty label`);
      assert.ok(!labels.has(label), `${where}: label "${label}" is shared with another entry`);
      labels.add(label);
      if (s.supersededBy) {
        const newer = byId.get(s.supersededBy);
        assert.ok(newer, `${where}.supersededBy names no entry`);
        assert.ok(newer.published > s.published, `${where}: superseded by an entry that is not newer`);
      }
    }
  });

  test('keeps every id partner pages use', () => {
    for (const id of [
      'ilo-2014-forced-labour-profits',
      'ilo-2014-forced-labour-people',
      'gems-2022-modern-slavery',
      'gems-2022-forced-marriage',
      'gems-2022-increase',
      'unodc-2016-women-girls-share',
      'unodc-2016-children-share',
      'unodc-2024-detection-rise',
      'unodc-2024-forced-labour-rise',
      'unodc-2024-children-rise',
      'unodc-2024-girls-rise',
      'unodc-2024-children-share',
      'unodc-2024-women-girls-share',
      'unodc-2024-sexual-exploitation-women-girls-share',
      'palermo-protocol-parties',
    ])
      assert.ok(byId.has(id), `${id} is missing`);
  });
});

describe("the shipped files are the importers' output", () => {
  test("the emergency numbers built into the help line's script are helplines.json's", () => {
    assert.equal(
      readFileSync(join(root, 'src/data/emergency-numbers.ts'), 'utf8'),
      emergencyModule(helplines),
      'src/data/emergency-numbers.ts differs from src/data/helplines.json: run npm run import:helplines and commit',
    );
  });

  test('re-running the importers on the committed sources gives the committed JSON exactly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-reproduce-'));
    for (const [script, file] of [
      ['import-missions.mjs', 'missions.json'],
      ['import-helplines.mjs', 'helplines.json'],
    ]) {
      const out = join(dir, file);
      const run = spawnSync(process.execPath, [join(root, 'scripts', script), '--out', out], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '', `${script} reports problems in the committed sources:\n${run.stderr}`);
      assert.equal(
        readFileSync(out, 'utf8'),
        readFileSync(join(root, 'src/data', file), 'utf8'),
        `src/data/${file} differs from what ${script} builds: run it and commit`,
      );
    }
  });
});
