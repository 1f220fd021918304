// Tests of the help-line importer (scripts/import-helplines.mjs): run with `node --test test/scripts/*.test.mjs`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHelpTel, telFor } from '../../scripts/helplines/phone.mjs';
import { readEmergency } from '../../scripts/helplines/sources.mjs';
import { importHelplines } from '../../scripts/import-helplines.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/fixtures/helplines');
const script = join(root, 'scripts/import-helplines.mjs');

describe('which numbers become tel: links', () => {
  test('international numbers, North American numbers in NANP countries and short numbers as dialled', () => {
    assert.equal(telFor('AT', '+43 677 61343434'), '+4367761343434');
    assert.equal(telFor('GE', '(+995 32) 2 100 229'), '+995322100229');
    assert.equal(telFor('US', '1-888-373-7888'), '+18883737888');
    assert.equal(telFor('JM', '888-587-8423'), '+18885878423');
    assert.equal(telFor('FR', '116 006'), '116006');
    assert.equal(telFor('CL', '*4242'), '*4242');
    assert.equal(telFor('GB', '999'), '999');
  });

  test('national fixed and mobile numbers, in the E.164 form that works from anywhere', () => {
    assert.equal(telFor('AU', '03 9345 1800'), '+61393451800');
    assert.equal(telFor('JP', '03 (3595) 2487'), '+81335952487');
    assert.equal(telFor('PT', '964 608 288'), '+351964608288', 'a mobile number');
    assert.equal(telFor('BB', '432-2873'), '+12464322873', "Barbados' only area code");
    assert.equal(telFor('NO', '22 33 11 60'), '+4722331160', 'no trunk prefix in Norway');
  });

  test('toll-free, shared-cost, invalid and foreign numbers, letters, ranges and numbers with a + inside stay text', () => {
    assert.equal(telFor('GB', '08000 121 700'), undefined, 'toll-free: not callable from abroad');
    assert.equal(telFor('MX', '800 5533 000'), undefined, 'toll-free');
    assert.equal(telFor('FR', '0825 009 907'), undefined, 'shared cost');
    assert.equal(telFor('AU', '1300 473 560'), undefined, 'shared cost');
    assert.equal(telFor('KW', '25589696'), undefined, 'not a valid Kuwaiti number');
    assert.equal(telFor('PT', '03 9345 1800'), undefined, 'an Australian number written for Portugal');
    assert.equal(telFor('AE', '800 SAVE'), undefined);
    assert.equal(telFor('KR', 'area code + 1366'), undefined);
    assert.equal(telFor('JM', '876-906-4923-31'), undefined);
    assert.equal(telFor('TT', '800-4288'), undefined, '7 digits is not a short number');
    // libphonenumber reads it, but the widget would drop the tel: Belarus writes its trunk prefix 8 (src/core/shown-number.ts).
    assert.equal(telFor('BY', '(017) 123-45-67'), undefined, 'a tel the widget would not dial as shown');
    assert.equal(telFor('BY', '8 017 123-45-67'), '+375171234567');
    assert.ok(isHelpTel('116006') && isHelpTel('+18883737888') && isHelpTel('*4242'));
    assert.ok(!isHelpTel('08000121700') && !isHelpTel('+12'));
  });
});

describe('the source files', () => {
  const { dataset, problems } = importHelplines({ sources: fixtures });
  const entry = (code) => dataset.entries.find((e) => e.country === code);

  test("builds lines with their first number, other numbers, provenance per value and the line's currency", () => {
    const gb = entry('GB').lines[0];
    assert.deepEqual(
      { ...gb, provenance: undefined },
      {
        id: 'gb-test-line',
        kind: 'trafficking',
        name: 'Test Helpline',
        phone: '08000 121 700',
        otherPhones: [{ phone: '+44 20 7946 0000', tel: '+442079460000', label: 'from abroad' }],
        hours: '24/7',
        languages: ['en', 'fr'],
        free: true,
        sources: [{ label: 'example.org', url: 'https://example.org/gb' }],
        retrieved: '2026-11-20',
        current: false,
        provenance: undefined,
      },
    );
    assert.deepEqual(gb.provenance.phone, { url: 'https://example.org/gb', kind: 'official', retrieved: '2026-11-20', page_date: '2024-05' });
    assert.deepEqual(gb.provenance.otherPhones, [
      { url: 'http://example.org/old', kind: 'secondary', retrieved: '2026-11-19', page_date: '~2015', current: false },
    ]);
    const us = entry('US').lines[0];
    assert.equal(us.tel, '+18885550100');
    assert.equal(us.sms, '233733');
    assert.equal(us.smsLabel, 'text HELP');
    assert.equal(entry('KE').lines[0].kind, 'child');
    assert.equal(entry('KE').lines[0].tel, '116');
  });

  test('emergency numbers: every listed country, a block only where a number has its source', () => {
    assert.deepEqual(entry('GB').emergency, {
      number: '999',
      tel: '999',
      also: ['112'],
      sources: [{ label: 'example.org', url: 'https://example.org/uk' }],
      retrieved: '2026-11-20',
      kind: 'secondary',
    });
    assert.deepEqual(entry('KE').emergency.also, ['112', '911']);
    assert.equal(entry('KP').emergency, undefined);
    assert.equal(entry('US').emergency, undefined, 'no source, no number');
    assert.equal(entry('FR').emergency, undefined, 'a bad "also" rejects the row');
    assert.equal(dataset.entries.length, 193);
    assert.equal(dataset.directory.name, 'Global Modern Slavery Directory');
  });

  test('an emergency number no recent page confirms ships with current: false (the column is optional)', () => {
    const { emergency, problems: found } = readEmergency(
      [
        'country,number,also,source_url,source_kind,page_date,retrieved,current,notes',
        'SL,117,,https://example.org/sl,secondary,,2026-12-06,no,only a health line seen',
        'GB,999,,https://example.org/uk,secondary,,2026-12-06,yes,',
        'FR,17,,https://example.org/fr,secondary,,2026-12-06,maybe,',
      ].join('\n'),
    );
    assert.equal(emergency.get('SL').current, false);
    assert.equal('current' in emergency.get('GB'), false);
    assert.equal(emergency.get('FR'), undefined);
    assert.deepEqual(
      found.map((p) => `${p.where}: ${p.message}`),
      ['line 4: rejected: FR: current "maybe" is not yes or no'],
    );
    assert.equal('current' in entry('GB').emergency, false, 'a file without the column: every number is current');
  });

  test('reports each bad value and line with its line number', () => {
    const messages = problems.map((p) => `${p.file.endsWith('emergency.csv') ? 'emergency' : 'helplines'}:${p.where}: ${p.message}`);
    for (const expected of [
      'helplines:line 12: ke-child-116: website "http://example.org/ke" is not https: (only https: addresses are linked); dropped',
      'helplines:line 13: ke-child-116: languages "English": write BCP 47 codes separated by spaces, e.g. "en es"; dropped',
      'helplines:line 14: ke-child-116: source_url is empty (every value needs the address of the page it was read on); dropped',
      'helplines:line 21: rejected: line_id "xx-wrong-id" must be lower case, start with the country code and a dash (e.g. de-national-hotline)',
      'helplines:line 22: ae-vanity: kind "unknown" is not one of trafficking, child, gbv, general; dropped',
      'helplines:line 19: rejected: line fr-no-kind has no kind row',
      'emergency:line 5: rejected: US: source_url is empty (every value needs the address of the page it was read on)',
      'emergency:line 6: rejected: FR: also "fifteen" is not a number (write "112 (general); 15 (ambulance)")',
    ]) {
      assert.ok(messages.includes(expected), `missing:\n${expected}\nin:\n${messages.join('\n')}`);
    }
  });

  test('--strict writes nothing when something was rejected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-helplines-'));
    const out = join(dir, 'helplines.json');
    const r = spawnSync(process.execPath, [script, '--sources', fixtures, '--out', out, '--strict'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.deepEqual(readdirSync(dir), []);
  });

  test('a plain run rebuilds the bundled dataset exactly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-helplines-'));
    const out = join(dir, 'helplines.json');
    const r = spawnSync(process.execPath, [script, '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /0 rows rejected, 0 values dropped/);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(join(root, 'src/data/helplines.json'), 'utf8'));
  });
});
