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
const sourcesDir = join(root, 'src/data/sources');

/**
 * Runs the command in a fresh folder holding a copy of the project's source files (sources/missions.csv,
 * sources/palermo.csv) and of the bundled dataset (missions.json, where the command writes unless --out is given).
 */
function run(args) {
  const dir = mkdtempSync(join(tmpdir(), 'import-missions-'));
  mkdirSync(join(dir, 'sources'));
  for (const file of ['missions.csv', 'palermo.csv']) copyFileSync(join(sourcesDir, file), join(dir, 'sources', file));
  copyFileSync(bundled, join(dir, 'missions.json'));
  const outArg = args.indexOf('--out');
  const out = outArg >= 0 ? args[outArg + 1] : join(dir, 'missions.json');
  const result = spawnSync(process.execPath, [script, '--sources', join(dir, 'sources'), ...args], { cwd: root, encoding: 'utf8' });
  const read = () => JSON.parse(readFileSync(out, 'utf8'));
  const entry = (code) => read().entries.find((e) => e.country === code);
  const csv = () => readFileSync(join(dir, 'sources/missions.csv'), 'utf8');
  return { ...result, dir, out, read, entry, csv, errors: result.stderr.split('\n').filter(Boolean) };
}
const unchanged = (r) => {
  assert.equal(readFileSync(join(r.dir, 'missions.json'), 'utf8'), readFileSync(bundled, 'utf8'), 'the dataset is untouched');
  assert.equal(r.csv(), readFileSync(join(sourcesDir, 'missions.csv'), 'utf8'), 'the source file is untouched');
};
const BB = 'https://bluebook.e-delegate.un.org/data.json';

describe('field checks', () => {
  test('phones: E.164, the documented loose form, and New York numbers without a country code', () => {
    assert.deepEqual(checkPhone('+12124214741').value, { phone: '+12124214741', tel: '+12124214741' });
    assert.deepEqual(checkPhone('+1 (212) 421-4741').value, { phone: '+1 (212) 421-4741', tel: '+12124214741' });
    assert.deepEqual(checkPhone('(212) 421-4741').value, { phone: '(212) 421-4741', tel: '+12124214741' });
    assert.deepEqual(checkPhone('1-212-421-4741').value, { phone: '1-212-421-4741', tel: '+12124214741' });
    assert.deepEqual(checkPhone('+254 20 555.0100').value, { phone: '+254 20 555.0100', tel: '+254205550100' });
    assert.deepEqual(checkPhone('(+1-917) 54 28 400').value, { phone: '(+1-917) 54 28 400', tel: '+19175428400' });
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
    assert.deepEqual(sourceFromText('https://www.un.int/kenya/about (mission page)'), {
      label: 'un.int',
      url: 'https://www.un.int/kenya/about',
      note: 'mission page',
    });
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
  const bbProvenance = { url: BB, kind: 'official', retrieved: '2026-11-21' };
  test('imports the mission-level fields of member states into the source file, each value with its source, and never staff records', () => {
    const r = run(['--bluebook', join(fixtures, 'bluebook.json'), '--retrieved', '2026-11-21']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.entry('KE').mission, {
      name: 'Permanent Mission of the Republic of Kenya to the United Nations',
      address: '100 Example Plaza, Room 1\nNew York, NY 10017',
      phone: '(212) 555-0101',
      tel: '+12125550101',
      email: 'kenya@example.org',
      website: 'https://www.example.org/kenya',
      sources: [{ label: 'bluebook.e-delegate.un.org', url: BB }],
      retrieved: '2026-11-21',
      provenance: { name: bbProvenance, address: bbProvenance, phone: bbProvenance, email: bbProvenance, website: bbProvenance },
    });
    // The values went into the source file, with their source columns, so a plain run reproduces the dataset.
    const row = parseCsv(r.csv()).rows.find((row) => row.cells[0] === 'KE').cells;
    assert.deepEqual(row.slice(13, 19), ['(212) 555-0101', BB, 'official', '', '2026-11-21', 'yes']);
    const before = readFileSync(r.out, 'utf8');
    const again = spawnSync(process.execPath, [script, '--sources', join(r.dir, 'sources')], { cwd: root, encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    assert.equal(readFileSync(r.out, 'utf8'), before, 'a plain run over the updated sources gives the same dataset');
    // The Palermo status of the sources is kept.
    assert.equal(r.entry('KE').palermo.since, '2005-01-05');
    // Several numbers and addresses: the first is kept; http: websites are dropped.
    assert.equal(r.entry('CI').mission.tel, '+12125550102');
    assert.equal(r.entry('CI').mission.email, 'ci@example.org');
    assert.equal(r.entry('CI').mission.website, undefined);
    // A bad field drops only that field; values the Blue Book does not give stay as the research had them.
    const tr = r.entry('TR').mission;
    assert.equal(tr.address, '400 Example Street\nNew York, NY 10017');
    assert.deepEqual(tr.provenance.address, bbProvenance);
    assert.equal(tr.phone, undefined);
    assert.match(tr.provenance.name.url, /wikipedia\.org/, 'the researched name stays, with its own source');
    // Staff are never stored; observers are not member states.
    assert.doesNotMatch(readFileSync(r.out, 'utf8') + r.csv(), /Staffmember|jane\.|555-0177|BB_|observer@example\.org|555-0199/i);
    assert.doesNotMatch(JSON.stringify(r.read().entries), /Holy See|Permanent Observer/i);
    assert.equal(r.read().entries.length, 193);
    assert.equal(r.read().schema, 2);
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
    unchanged(r1);
    assert.throws(() => readBlueBook({ missions: [] }, { retrieved: '2026-11-21' }), /no "countries" list/);
  });

  test('a local file needs the date it was downloaded: a date is never made up', () => {
    const r = run(['--bluebook', join(fixtures, 'bluebook.json')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--retrieved <YYYY-MM-DD> is required/);
    unchanged(r);
  });
});

describe('the campaign team spreadsheet (CSV)', () => {
  test("a dataset of its own (--out): good rows over the Blue Book, each value with the row's source and date, sources untouched", () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-missions-own-'));
    const own = join(dir, 'partner.json');
    const r = run(['--bluebook', join(fixtures, 'bluebook.json'), '--retrieved', '2026-11-21', '--csv', join(fixtures, 'team.csv'), '--out', own]);
    assert.equal(r.status, 0, r.stderr);
    const team = (label, retrieved, extra = {}) => ({ label, kind: 'secondary', retrieved, ...extra });
    assert.deepEqual(r.entry('KE').mission, {
      name: 'Permanent Mission of Kenya (team copy)',
      address: '100 Example Plaza, Room 2',
      phone: '+1 212 555 0120',
      tel: '+12125550120',
      email: 'team-kenya@example.org',
      website: 'https://example.org/kenya-team',
      sources: [{ label: 'Phone call to the mission' }],
      retrieved: '2026-11-20',
      provenance: Object.fromEntries(['name', 'address', 'phone', 'email', 'website'].map((k) => [k, team('Phone call to the mission', '2026-11-20')])),
    });
    const fr = r.entry('FR').mission;
    assert.equal(fr.address, '10 Example Avenue\nNew York, NY 10017');
    assert.equal(fr.tel, '+12125550121');
    assert.deepEqual(fr.provenance.phone, { url: 'https://example.org/fr/contact', kind: 'secondary', retrieved: '2026-11-19' });
    assert.ok(fr.sources.some((s) => s.label === 'example.org' && s.url === 'https://example.org/fr/contact'));
    const br = r.entry('BR').mission;
    assert.equal(br.email, 'brazil@example.org');
    assert.deepEqual(br.provenance.email, team('Team', '2026-11-19', { current: false }));
    assert.equal(br.current, false);
    assert.equal(r.entry('AR').mission.tel, '+12125550127');
    for (const code of ['US', 'DE', 'JP'])
      assert.equal(
        r.entry(code).mission?.sources.some((s) => s.label === 'Team'),
        false,
        `${code} row was rejected`,
      );
    unchanged(r);
  });

  test("into the project's sources only values with the address of the page they were read on", () => {
    const r = run(['--csv', join(fixtures, 'team.csv')]);
    assert.equal(r.status, 0, r.stderr);
    const file = join(fixtures, 'team.csv');
    assert.ok(
      r.errors.includes(
        `${file}:2: phone "+1 212 555 0120" has no source_url: the bundled dataset takes a value only with the address of the page it was read on (build a dataset of your own with --out); dropped`,
      ),
      r.stderr,
    );
    assert.equal(r.entry('FR').mission.tel, '+12125550121');
    assert.notEqual(r.entry('KE').mission.tel, '+12125550120');
    assert.match(r.csv(), /^FR,[\s\S]*?\+1-212-555-0121,https:\/\/example\.org\/fr\/contact,secondary,,2026-11-19,yes/m);
  });

  test('reports every kind of bad row with its line number', () => {
    const r = run(['--csv', join(fixtures, 'team.csv'), '--out', join(mkdtempSync(join(tmpdir(), 'import-missions-own-')), 'own.json')]);
    const file = join(fixtures, 'team.csv');
    const expected = [
      `${file}:1: note: column(s) comment ignored (known: country, mission_name, address, phone, email, website, source, source_url, source_kind, retrieved, current)`,
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
    unchanged(strict);
    const dry = run(['--csv', join(fixtures, 'team.csv'), '--dry-run']);
    assert.match(dry.stdout, /dry run, nothing written/);
    unchanged(dry);
  });

  test('a spreadsheet without the required columns stops the import and leaves the files untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-missions-'));
    const csv = join(dir, 'team.csv');
    writeFileSync(csv, 'country,phone\nKE,+1 212 555 0100\n');
    const r = run(['--csv', csv]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /line 1: the header has no source, retrieved column[\s\S]*Nothing was written/);
    unchanged(r);
    assert.deepEqual(readdirSync(r.dir).sort(), ['missions.json', 'sources'], 'no temporary file is left behind');
    assert.deepEqual(readdirSync(join(r.dir, 'sources')).sort(), ['missions.csv', 'palermo.csv']);
  });

  test('the files are replaced in one step (temporary file, then rename)', () => {
    const r = run(['--csv', join(fixtures, 'team.csv')]);
    assert.deepEqual(readdirSync(r.dir).sort(), ['missions.json', 'sources']);
    assert.deepEqual(readdirSync(join(r.dir, 'sources')).sort(), ['missions.csv', 'palermo.csv']);
    assert.equal(r.read().schema, 2);
  });
});

describe('the source files (src/data/sources)', () => {
  test('a plain run rebuilds the bundled dataset exactly', () => {
    const r = run([]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(r.out, 'utf8'), readFileSync(bundled, 'utf8'));
    assert.match(r.stdout, /0 rows rejected, 0 values dropped/);
  });

  test('a bad value is dropped with its line, field and reason; a status without a source is never shipped', () => {
    const r = run([]);
    const file = join(r.dir, 'sources/missions.csv');
    const text = readFileSync(file, 'utf8').replace(/^KE,(.*?),\(212\) 421-4741,http/m, 'KE,$1,(212) 421-474,http');
    writeFileSync(file, text);
    const palermo = join(r.dir, 'sources/palermo.csv');
    writeFileSync(palermo, readFileSync(palermo, 'utf8').replace(/^CV,unknown,/m, 'CV,not-party,'));
    const again = spawnSync(process.execPath, [script, '--sources', join(r.dir, 'sources')], { cwd: root, encoding: 'utf8' });
    assert.match(again.stderr, /missions\.csv:\d+: KE phone: phone "\(212\) 421-474" has no country code.*; dropped/);
    assert.match(again.stderr, /palermo\.csv:\d+: rejected: CV: status "not-party" has no source_url/);
    const data = JSON.parse(readFileSync(r.out, 'utf8'));
    assert.equal(data.entries.find((e) => e.country === 'KE').mission.phone, undefined);
    assert.equal(data.entries.find((e) => e.country === 'CV').palermo, undefined);
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
