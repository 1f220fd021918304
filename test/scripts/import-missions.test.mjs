// Tests of the mission importer (scripts/import-missions.mjs): run with `node --test test/scripts/*.test.mjs`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCsv } from '../../scripts/missions/csv.mjs';
import { checkCountry, checkDate, checkEmail, checkPhone, checkWebsite, countryFromName, sourceFromText } from '../../scripts/missions/validate.mjs';
import { readBlueBook } from '../../scripts/missions/bluebook.mjs';
import { jsonBesideScript } from '../../scripts/missions/json-beside-script.mjs';
import { rollup } from 'rollup';
import vm from 'node:vm';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/fixtures/missions');
const script = join(root, 'scripts/import-missions.mjs');
const bundled = join(root, 'src/data/missions.json');

/** Runs the command in a fresh folder whose output starts as a copy of the bundled dataset. */
function run(args, { seed = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'import-missions-'));
  const out = join(dir, 'missions.json');
  if (seed) copyFileSync(bundled, out);
  const result = spawnSync(process.execPath, [script, ...args, '--out', out], { cwd: root, encoding: 'utf8' });
  const read = () => JSON.parse(readFileSync(out, 'utf8'));
  const entry = (code) => read().entries.find((e) => e.country === code);
  return { ...result, dir, out, read, entry, errors: result.stderr.split('\n').filter(Boolean) };
}

describe('field checks', () => {
  test('phones: E.164, the documented loose form, and New York numbers without a country code', () => {
    assert.deepEqual(checkPhone('+12124214741').value, { phone: '+12124214741', tel: '+12124214741' });
    assert.deepEqual(checkPhone('+1 (212) 421-4741').value, { phone: '+1 (212) 421-4741', tel: '+12124214741' });
    assert.deepEqual(checkPhone('(212) 421-4741').value, { phone: '(212) 421-4741', tel: '+12124214741' });
    assert.deepEqual(checkPhone('1-212-421-4741').value, { phone: '1-212-421-4741', tel: '+12124214741' });
    assert.deepEqual(checkPhone('+254 20 555.0100').value, { phone: '+254 20 555.0100', tel: '+254205550100' });
    assert.equal(checkPhone('').value, undefined);
    assert.equal(checkPhone(null).value, undefined);
  });

  test('phones: letters, missing country codes and impossible lengths are refused with a reason', () => {
    assert.match(checkPhone('212-555-SHIP').error, /characters other than digits.*letters cannot be dialled/);
    assert.match(checkPhone('+1 212 555 0100 ext. 5').error, /characters other than digits/);
    assert.match(checkPhone('020 7946 0000').error, /no country code/);
    assert.match(checkPhone('+12').error, /not a possible international number/);
    assert.match(checkPhone('+1234567890123456').error, /not a possible international number/);
    const several = checkPhone('(212) 555-0100 or (212) 555-0101');
    assert.equal(several.value.tel, '+12125550100');
    assert.match(several.notice, /several numbers; kept the first/);
  });

  test('emails, websites, dates and countries', () => {
    assert.equal(checkEmail('mailto:info@example.org').value, 'info@example.org');
    assert.match(checkEmail('info@example').error, /not an email address/);
    assert.match(checkEmail('a?b=c@example.org').error, /not an email address/);
    assert.equal(checkWebsite('https://www.un.int/kenya/').value, 'https://www.un.int/kenya/');
    assert.equal(checkWebsite('www.un.int/kenya').value, 'https://www.un.int/kenya');
    assert.match(checkWebsite('http://www.un.int/kenya').error, /not https:/);
    assert.match(checkWebsite('javascript:alert(1)').error, /not https:/);
    assert.equal(checkDate('2024-02-29').value, '2024-02-29');
    assert.match(checkDate('2023-02-29').error, /YYYY-MM-DD/);
    assert.match(checkDate('22/11/2026').error, /YYYY-MM-DD/);
    assert.match(checkDate('2999-01-01').error, /future/);
    assert.equal(checkCountry(' ke ').value, 'KE');
    assert.equal(checkCountry('KEN').value, 'KE');
    assert.match(checkCountry('TW').error, /not the code of a UN member state/);
    assert.match(checkCountry('Kenya').error, /not an ISO 3166-1 code/);
    assert.equal(countryFromName('CÔTE D’IVOIRE'), 'CI');
    assert.equal(countryFromName('Bahamas'), 'BS');
    assert.equal(countryFromName(undefined, 'NETHERLANDS (KINGDOM OF THE)'), 'NL');
  });

  test('sources link only complete https: addresses', () => {
    assert.deepEqual(sourceFromText('https://www.un.int/kenya/about (mission page)'), { label: 'un.int', url: 'https://www.un.int/kenya/about', note: 'mission page' });
    assert.deepEqual(sourceFromText('http://www.kenyaun.org/.../ShowArticle.aspx?ID=64 (older site)'), { label: 'kenyaun.org', note: 'older site' });
    assert.deepEqual(sourceFromText('https://example.org/... page'), { label: 'example.org' });
  });
});

describe('CSV reading', () => {
  test('quoted separators, doubled quotes, line breaks in cells, CRLF and a byte-order mark, with line numbers', () => {
    const { header, rows } = parseCsv('\uFEFFCountry, Source\r\nKE,"a, ""b"""\r\n\r\nFR,"two\r\nlines"\r\nDE,last');
    assert.deepEqual(header, ['country', 'source']);
    assert.deepEqual(rows, [
      { line: 2, cells: ['KE', 'a, "b"'] },
      { line: 4, cells: ['FR', 'two\r\nlines'] },
      { line: 6, cells: ['DE', 'last'] },
    ]);
  });

  test('semicolon-separated files from spreadsheets in decimal-comma locales', () => {
    const { header, rows } = parseCsv('country;phone\nKE;+1 212 555 0100\n');
    assert.deepEqual(header, ['country', 'phone']);
    assert.deepEqual(rows[0].cells, ['KE', '+1 212 555 0100']);
  });

  test('an unclosed quote is an error naming the line', () => {
    assert.throws(() => parseCsv('country,source\nKE,"open\n'), /line 2: a quoted field is never closed/);
  });
});

describe('the Blue Book directory (data.json)', () => {
  test('imports the mission-level fields of member states and never staff records', () => {
    const r = run(['--bluebook', join(fixtures, 'bluebook.json'), '--retrieved', '2026-11-21']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.entry('KE').mission, {
      name: 'Permanent Mission of the Republic of Kenya to the United Nations',
      address: '100 Example Plaza, Room 1\nNew York, NY 10017',
      phone: '(212) 555-0101',
      tel: '+12125550101',
      email: 'kenya@example.org',
      website: 'https://www.example.org/kenya',
      sources: [{ label: 'UN e-Blue Book', url: 'https://bluebook.e-delegate.un.org/', note: 'UN Protocol and Liaison Service, Permanent Missions to the United Nations (data.json)' }],
      retrieved: '2026-11-21',
    });
    // The Palermo status of the dataset it started from is kept.
    assert.equal(r.entry('KE').palermo.since, '2005-01-05');
    // Several numbers and addresses: the first is kept; http: websites are dropped.
    assert.equal(r.entry('CI').mission.tel, '+12125550102');
    assert.equal(r.entry('CI').mission.email, 'ci@example.org');
    assert.equal(r.entry('CI').mission.website, undefined);
    // A bad field drops only that field.
    assert.deepEqual(Object.keys(r.entry('TR').mission).sort(), ['address', 'retrieved', 'sources', 'website']);
    assert.equal(r.entry('TR').mission.name, undefined, 'an address without a mission line gives no name');
    // Staff are never stored; observers are not member states.
    assert.doesNotMatch(readFileSync(r.out, 'utf8'), /Staffmember|jane\.|555-0177|BB_|observer@example\.org|555-0199/i);
    assert.doesNotMatch(JSON.stringify(r.read().entries), /Holy See|Observer/i);
    assert.equal(r.read().entries.length, 193);
    assert.match(r.stdout, /4 missions from the Blue Book \(1 observer or other entries skipped\); 3 rows rejected, 4 values dropped/);
  });

  test('reports every rejected record and dropped value by its place in the file', () => {
    const r = run(['--bluebook', join(fixtures, 'bluebook.json'), '--retrieved', '2026-11-21']);
    const file = join(fixtures, 'bluebook.json');
    const expected = [
      `${file}:countries[2] (Côte d’Ivoire): website "http://example.org/ci" is not https: (only https: addresses are linked); dropped`,
      `${file}:countries[3] (TÜRKIYE): phone "212-555-SHIP" has characters other than digits, spaces, + ( ) . - (letters cannot be dialled); dropped`,
      `${file}:countries[3] (TÜRKIYE): email "not-an-email" is not an email address; dropped`,
      `${file}:countries[4] (Atlantis): rejected: "Atlantis" does not match the name of a UN member state (add it to ALIASES in scripts/missions/validate.mjs)`,
      `${file}:countries[5] (UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND): phone "555-0105" has no country code: write it as +<country code> <number>, e.g. +1 212 555 0100; dropped`,
      `${file}:countries[6] (Kenya): rejected: KE is already given by countries[0] (Kenya)`,
      `${file}:countries[7] (Tuvalu): rejected: no usable address, telephone, email or website`,
    ];
    for (const line of expected) assert.ok(r.errors.includes(line), `missing report line:\n${line}\nin:\n${r.stderr}`);
    assert.equal(r.errors.filter((l) => !l.includes(': note: ')).length, expected.length);
  });

  test('a file that is not the Blue Book, or not JSON, writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-missions-'));
    const notJson = join(dir, 'data.json');
    writeFileSync(notJson, '<html>Service unavailable</html>');
    const r1 = run(['--bluebook', notJson, '--retrieved', '2026-11-21']);
    assert.equal(r1.status, 1);
    assert.match(r1.stderr, /not valid JSON[\s\S]*Nothing was written/);
    assert.equal(readFileSync(r1.out, 'utf8'), readFileSync(bundled, 'utf8'));
    assert.throws(() => readBlueBook({ missions: [] }, { retrieved: '2026-11-21' }), /no "countries" list/);
  });

  test('a local file needs the date it was downloaded: a date is never made up', () => {
    const r = run(['--bluebook', join(fixtures, 'bluebook.json')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--retrieved <YYYY-MM-DD> is required/);
    assert.equal(readFileSync(r.out, 'utf8'), readFileSync(bundled, 'utf8'));
  });
});

describe('the campaign team spreadsheet (CSV)', () => {
  test('imports good rows, with their own source and date, over the Blue Book', () => {
    const r = run(['--bluebook', join(fixtures, 'bluebook.json'), '--retrieved', '2026-11-21', '--csv', join(fixtures, 'team.csv')]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.entry('KE').mission, {
      name: 'Permanent Mission of Kenya (team copy)',
      address: '100 Example Plaza, Room 2',
      phone: '+1 212 555 0120',
      tel: '+12125550120',
      email: 'team-kenya@example.org',
      website: 'https://example.org/kenya-team',
      sources: [{ label: 'Phone call to the mission' }],
      retrieved: '2026-11-20',
    });
    assert.deepEqual(r.entry('FR').mission, {
      address: '10 Example Avenue\nNew York, NY 10017',
      phone: '+1-212-555-0121',
      tel: '+12125550121',
      email: 'france@example.org',
      sources: [{ label: 'Mission website, "contact" page', url: 'https://example.org/fr/contact' }],
      retrieved: '2026-11-19',
    });
    assert.deepEqual(r.entry('BR').mission, { email: 'brazil@example.org', sources: [{ label: 'Team' }], retrieved: '2026-11-19', current: false });
    assert.deepEqual(r.entry('AR').mission, { phone: '+1 212 555 0127', tel: '+12125550127', sources: [{ label: 'Team' }], retrieved: '2026-11-19' });
    for (const code of ['US', 'DE', 'JP']) assert.equal(r.entry(code).mission?.sources[0].label === 'Team', false, `${code} row was rejected`);
  });

  test('reports every kind of bad row with its line number', () => {
    const r = run(['--csv', join(fixtures, 'team.csv')]);
    const file = join(fixtures, 'team.csv');
    const expected = [
      `${file}:1: note: column(s) comment ignored (known: country, mission_name, address, phone, email, website, source, source_url, retrieved, current)`,
      `${file}:5: rejected: country "XX" is not the code of a UN member state`,
      `${file}:6: rejected: country "K" is not an ISO 3166-1 code (two letters, e.g. KE)`,
      `${file}:7: rejected: retrieved "2026-13-01" is not a date written YYYY-MM-DD (write the date the details were read)`,
      `${file}:8: rejected: source is empty (say where the details come from)`,
      `${file}:9: phone "+55 61 ABC 0126" has characters other than digits, spaces, + ( ) . - (letters cannot be dialled); dropped`,
      `${file}:10: email "argentina@" is not an email address; dropped`,
      `${file}:10: website "http://example.org/ar" is not https: (only https: addresses are linked); dropped`,
      `${file}:10: source_url "javascript:alert(1)" is not https: (only https: addresses are linked); dropped`,
      `${file}:10: current "maybe" is not yes or no; ignored`,
      `${file}:11: rejected: KE is already given on line 2`,
      `${file}:12: phone "03-5555-0129" has no country code: write it as +<country code> <number>, e.g. +1 212 555 0100; dropped`,
      `${file}:12: rejected: no usable address, phone, email or website`,
    ];
    assert.deepEqual(r.errors, expected);
    assert.match(r.stdout, /4 from the spreadsheet; 6 rows rejected, 6 values dropped/);
    assert.equal(r.status, 0);
  });

  test('--strict writes nothing when something was rejected; --dry-run never writes', () => {
    const strict = run(['--csv', join(fixtures, 'team.csv'), '--strict']);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /--strict and something was rejected: nothing written/);
    assert.equal(readFileSync(strict.out, 'utf8'), readFileSync(bundled, 'utf8'));
    const dry = run(['--csv', join(fixtures, 'team.csv'), '--dry-run']);
    assert.match(dry.stdout, /dry run, nothing written/);
    assert.equal(readFileSync(dry.out, 'utf8'), readFileSync(bundled, 'utf8'));
  });

  test('a spreadsheet without the required columns stops the import and leaves the output untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-missions-'));
    const csv = join(dir, 'team.csv');
    writeFileSync(csv, 'country,phone\nKE,+1 212 555 0100\n');
    const r = run(['--csv', csv]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /line 1: the header has no source, retrieved column[\s\S]*Nothing was written/);
    assert.equal(readFileSync(r.out, 'utf8'), readFileSync(bundled, 'utf8'));
    assert.deepEqual(readdirSync(r.dir), ['missions.json'], 'no temporary file is left behind');
  });

  test('the output is replaced in one step (temporary file, then rename)', () => {
    const r = run(['--csv', join(fixtures, 'team.csv')]);
    assert.deepEqual(readdirSync(r.dir), ['missions.json']);
    assert.equal(r.read().schema, 1);
  });
});

describe('the researched shared/data folder', () => {
  test('keeps only sourced values, their sources and dates; Palermo only where a deposit date was read', () => {
    const r = run(['--shared', join(fixtures, 'shared')], { seed: false });
    assert.equal(r.status, 0, r.stderr);
    const data = r.read();
    assert.equal(data.entries.length, 193);
    assert.deepEqual(r.entry('KE'), {
      country: 'KE',
      mission: {
        name: 'Permanent Mission of Kenya to the United Nations',
        address: '100 Example Plaza, New York, NY 10017',
        phone: '(212) 555-0101',
        tel: '+12125550101',
        email: 'kenya@example.org',
        website: 'https://example.org/kenya/',
        sources: [
          { label: 'example.org', url: 'https://example.org/kenya/about', note: 'mission page' },
          { label: 'old.example.org', note: 'older site; may be stale' },
        ],
        retrieved: '2026-11-01',
        current: false,
      },
      palermo: {
        since: '2005-01-05',
        sources: [{ label: 'example.org', url: 'https://example.org/treaty-status', note: 'test source' }],
        retrieved: '2026-11-02',
      },
    });
    assert.deepEqual(r.entry('AF'), {
      country: 'AF',
      palermo: { since: '2014-08-14', sources: [{ label: 'example.org', url: 'https://example.org/treaty-status', note: 'test source' }], retrieved: '2026-11-02', note: 'may differ by one day' },
    });
    assert.deepEqual(r.entry('BS'), { country: 'BS' }, 'a signature alone says nothing about being a party');
    assert.deepEqual(r.entry('BR'), { country: 'BR' }, 'an http: website and a phone with letters leave nothing usable');
    assert.match(r.stderr, /entries\[2\] \(European Union\): note: skipped: no ISO code/);
  });
});

describe('the bundled dataset (src/data/missions.json)', () => {
  const data = JSON.parse(readFileSync(bundled, 'utf8'));

  test('lists the 193 member states once each, and every value carries a source and a date', () => {
    assert.equal(data.entries.length, 193);
    assert.equal(new Set(data.entries.map((e) => e.country)).size, 193);
    for (const { country, mission, palermo } of data.entries) {
      assert.match(country, /^[A-Z]{2}$/);
      for (const block of [mission, palermo].filter(Boolean)) {
        assert.ok(block.sources.length > 0, `${country} has sources`);
        assert.match(block.retrieved, /^\d{4}-\d{2}-\d{2}$/);
      }
      if (mission?.tel) assert.match(mission.tel, /^\+[1-9]\d{6,14}$/);
      if (mission?.website) assert.match(mission.website, /^https:\/\//);
    }
  });

  test('holds the researched contacts (Kenya, United States) and Palermo dates, nothing more', () => {
    assert.deepEqual(data.entries.filter((e) => e.mission).map((e) => e.country), ['KE', 'US']);
    assert.equal(data.entries.filter((e) => e.palermo).length, 55);
    const ke = data.entries.find((e) => e.country === 'KE');
    assert.equal(ke.mission.tel, '+12124214741');
    assert.equal(ke.mission.current, false);
    assert.equal(ke.palermo.since, '2005-01-05');
    assert.equal(data.entries.find((e) => e.country === 'US').mission.phone, undefined, 'no phone was read for the US');
  });
});

describe('the build ships the dataset beside the script (scripts/missions/json-beside-script.mjs)', () => {
  test('emits the JSON as a file beside the ES module and the classic script, and resolves it from the running script', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'json-beside-script-'));
    mkdirSync(join(dir, 'src/data'), { recursive: true });
    writeFileSync(join(dir, 'src/data/missions.json'), '{\n  "entries": [ { "country": "KE" } ]\n}\n');
    writeFileSync(join(dir, 'src/entry.js'), "export const dataUrl = new URL('./data/missions.json', import.meta.url).href;\n");
    const bundle = await rollup({ input: join(dir, 'src/entry.js'), plugins: [jsonBesideScript()] });
    await bundle.write({ file: join(dir, 'dist/widgets.js'), format: 'es' });
    await bundle.write({ file: join(dir, 'dist/widgets.iife.js'), format: 'iife', name: 'Widgets' });
    await bundle.close();

    assert.equal(readFileSync(join(dir, 'dist/data/missions.json'), 'utf8'), '{"entries":[{"country":"KE"}]}');
    const esm = readFileSync(join(dir, 'dist/widgets.js'), 'utf8');
    const iife = readFileSync(join(dir, 'dist/widgets.iife.js'), 'utf8');
    for (const code of [esm, iife]) assert.doesNotMatch(code, /"country"/, 'the data is not in the bundle');

    const { dataUrl } = await import(pathToFileURL(join(dir, 'dist/widgets.js')).href);
    assert.equal(dataUrl, pathToFileURL(join(dir, 'dist/data/missions.json')).href);

    const script = { tagName: 'SCRIPT', src: 'https://cdn.example.org/campaign-widgets@1/dist/widgets.iife.js' };
    const context = { URL, document: { currentScript: script, baseURI: 'https://partner.example/page' } };
    vm.runInNewContext(iife, context);
    assert.equal(context.Widgets.dataUrl, 'https://cdn.example.org/campaign-widgets@1/dist/data/missions.json');
  });
});
