/*
 * Country calling codes, for checking a help line's international `tel` against the national number shown beside it
 * (src/core/shown-number.ts). From the numbering plans of libphonenumber-js (the version pinned in package.json, the
 * importer's): test/scripts/calling-codes.test.mjs checks both tables against it, and says what to change.
 */

/**
 * The calling code of every UN member state (the countries of the bundled help data) and of the places a partner's
 * data may add (Hong Kong, Macao, Palestine, Taiwan, Kosovo), as `<ISO 3166-1 alpha-2 code><digits>` one after
 * another. A number of anywhere else matches its `tel` only when written with its country code.
 */
const CALLING_CODES =
  'AD376AE971AF93AG1AL355AM374AO244AR54AT43AU61AZ994BA387BB1BD880BE32BF226BG359BH973BI257BJ229BN673BO591BR55BS1BT975BW267BY375BZ501' +
  'CA1CD243CF236CG242CH41CI225CL56CM237CN86CO57CR506CU53CV238CY357CZ420DE49DJ253DK45DM1DO1DZ213EC593EE372EG20ER291ES34ET251FI358FJ679' +
  'FM691FR33GA241GB44GD1GE995GH233GM220GN224GQ240GR30GT502GW245GY592HK852HN504HR385HT509HU36ID62IE353IL972IN91IQ964IR98IS354IT39JM1' +
  'JO962JP81KE254KG996KH855KI686KM269KN1KP850KR82KW965KZ7LA856LB961LC1LI423LK94LR231LS266LT370LU352LV371LY218MA212MC377MD373ME382' +
  'MG261MH692MK389ML223MM95MN976MO853MR222MT356MU230MV960MW265MX52MY60MZ258NA264NE227NG234NI505NL31NO47NP977NR674NZ64OM968PA507PE51' +
  'PG675PH63PK92PL48PS970PT351PW680PY595QA974RO40RS381RU7RW250SA966SB677SC248SD249SE46SG65SI386SK421SL232SM378SN221SO252SR597SS211' +
  'ST239SV503SY963SZ268TD235TG228TH66TJ992TL670TM993TN216TO676TR90TT1TV688TW886TZ255UA380UG256US1UY598UZ998VC1VE58VN84VU678WS685XK383' +
  'YE967ZA27ZM260ZW263';

/** The calling code of `country` (`GB` → `44`), or undefined for a code the table does not know. */
export function callingCode(country: string): string | undefined {
  return /^[A-Z]{2}$/.test(country) ? new RegExp(`(?:^|\\d)${country}(\\d+)`).exec(CALLING_CODES)?.[1] : undefined;
}

/**
 * North American regions with one area code, where a number is written with seven digits (`432-2873` in Barbados is
 * `+1 246 432 2873`): the region's code and its area code.
 */
const NANP_AREA_CODES = 'AG268BB246BS242DM767GD473KN869LC758TT868VC784';

/** The one area code of a North American region whose numbers are written with seven digits, else undefined. */
export function nanpAreaCode(country: string): string | undefined {
  return /^[A-Z]{2}$/.test(country) ? new RegExp(`(?:^|\\d)${country}(\\d{3})`).exec(NANP_AREA_CODES)?.[1] : undefined;
}
