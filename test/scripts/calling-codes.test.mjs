// The widgets' calling-code tables (src/data/calling-codes.ts), which check a help line's international `tel` against
// the national number shown beside it, must agree with the numbering plans the importer uses (libphonenumber-js,
// pinned in package.json) and cover every member state. Run with `node --test test/scripts/calling-codes.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { MEMBER_STATES } from '../../scripts/missions/member-states.mjs';
import { importSource } from '../../scripts/import-source.mjs';

const { callingCode, nanpAreaCode } = await importSource(fileURLToPath(new URL('../../src/data/calling-codes.ts', import.meta.url)));
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
