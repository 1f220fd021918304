// The widgets' calling-code and trunk-prefix tables (src/data/calling-codes.ts), which check a help line's
// international `tel` against the national number shown beside it, must agree with the numbering plans the importer
// uses (libphonenumber-js, pinned in package.json) and cover every member state. Run with
// `node --test test/scripts/calling-codes.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Metadata, getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { MEMBER_STATES } from '../../scripts/missions/member-states.mjs';
import { importSource } from '../../scripts/import-source.mjs';

const source = (path) => importSource(fileURLToPath(new URL(`../../src/${path}`, import.meta.url)));
const { callingCode, nanpAreaCode, numberingPlan, trunkPrefixes } = await source('data/calling-codes.ts');
const { telDialsShown } = await source('core/shown-number.ts');
const COVERED = [...MEMBER_STATES.map(([iso2]) => iso2), 'HK', 'MO', 'PS', 'TW', 'XK'];

test('every member state, and the places a partner may add, has the calling code of libphonenumber-js', () => {
  const wrong = COVERED.filter((country) => callingCode(country) !== getCountryCallingCode(country));
  assert.deepEqual(wrong, [], `update CALLING_CODES in src/data/calling-codes.ts for ${wrong.join(', ')}`);
  const extra = getCountries().filter((country) => !COVERED.includes(country) && callingCode(country) !== undefined);
  assert.deepEqual(extra, [], 'CALLING_CODES lists only the places named in its comment');
  for (const notACountry of ['', 'ZZ', 'gb', 'G', 'GBR', '44']) assert.equal(callingCode(notACountry), undefined, notACountry);
});

test('a North American member state has an area code for seven-digit numbers exactly when libphonenumber-js reads them so', () => {
  const sevenDigits = ['2345678', '3456789', '4567890', '5678901', '6789012', '7654321', '8765432', '9876543'];
  for (const country of COVERED.filter((place) => getCountryCallingCode(place) === '1')) {
    const areas = new Set(
      sevenDigits.flatMap((digits) => {
        const number = parsePhoneNumberFromString(digits, country)?.number;
        return number?.length === 12 && number.endsWith(digits) ? [number.slice(2, 5)] : [];
      }),
    );
    assert.equal(nanpAreaCode(country), areas.size === 1 ? [...areas][0] : undefined, `NANP_AREA_CODES in src/data/calling-codes.ts, ${country}`);
  }
  assert.equal(nanpAreaCode('GB'), undefined);
});

/**
 * The trunk prefixes libphonenumber-js gives `country`, sorted: its national prefix, and what its national formats
 * write in front of a number (`8 0$1` in Belarus: 80; `0$1` in Gabon, which has no national prefix); [''] for none.
 */
function libphonenumberTrunkPrefixes(country) {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan;
  const nationalPrefix = plan.nationalPrefix() || '';
  const written = plan
    .formats()
    .map((format) => format.nationalPrefixFormattingRule())
    .filter(Boolean)
    .map((rule) =>
      rule
        .replace('$NP', nationalPrefix)
        .split(/\$(?:1|FG)/)[0]
        .replace(/\D/g, ''),
    );
  const prefixes = [...new Set([nationalPrefix, ...written])].filter(Boolean).sort();
  return prefixes.length ? prefixes : [''];
}

test('every member state, and the places a partner may add, has the trunk prefixes of libphonenumber-js', () => {
  for (const country of COVERED) {
    const expected = libphonenumberTrunkPrefixes(country);
    const quoted = expected.map((prefix) => `'${prefix}'`);
    const usual = getCountryCallingCode(country) === '1' ? '1' : '0';
    const fix =
      expected.join() === usual
        ? `remove ${country} from TRUNK_PREFIXES in src/data/calling-codes.ts (${usual} needs no entry)`
        : `set ${country}: ${quoted.length === 1 ? quoted[0] : `[${quoted.join(', ')}]`} in TRUNK_PREFIXES in src/data/calling-codes.ts`;
    assert.deepEqual([...(trunkPrefixes(country) ?? [])].sort(), expected, fix);
  }
  for (const notACountry of ['', 'ZZ', 'ru', 'R', 'RUS', '7']) assert.equal(trunkPrefixes(notACountry), undefined, notACountry);
});

// Argentina writes a mobile number with 15 after the area code and dials it with 9 after +54 (`011 15-2345-6789`,
// `+5491123456789`): a rewrite, not a prefix, so such a number keeps its tel only when written with +54.
const REWRITTEN = ['AR'];

test('a mobile number as libphonenumber-js writes it at home keeps its tel; with a 0 added where there is no trunk prefix, it does not', () => {
  for (const country of COVERED.filter((place) => !REWRITTEN.includes(place))) {
    const number = getExampleNumber(country, examples);
    assert.ok(number, `libphonenumber-js has no example mobile number for ${country}`);
    const national = number.formatNational();
    const dials = (shown) => telDialsShown(number.number, shown, numberingPlan(country));
    const where = 'TRUNK_PREFIXES in src/data/calling-codes.ts, or telDialsShown in src/core/shown-number.ts';
    assert.equal(dials(national), true, `${country}: ${national} should dial ${number.number} (${where})`);
    if (trunkPrefixes(country).join() === '')
      assert.equal(dials(`0 ${national}`), false, `${country}: 0 ${national} should not dial ${number.number} (${where})`);
  }
});
