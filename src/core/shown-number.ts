/*
 * Whether a phone link dials the number a visitor reads beside it: shared by <help-line> and <mission-contact>, for
 * the bundled datasets and a partner's `src` alike. A link that shows one number and dials another (999 shown, 99
 * dialled; a helpline's number shown, a mobile ending in the same digits dialled) must never reach a person at risk.
 * Pure functions: the callers drop what fails, with a warning.
 */

/**
 * Characters that change how a number reads without being seen for what they are: format characters (the direction
 * controls such as U+202E, which can make `007 121 00080` read `08000 121 700`; zero-width spaces and joiners;
 * U+FEFF), other control characters, line and paragraph separators, combining marks (a stroke or a ring over a digit),
 * private-use and unassigned code points, and the fillers that fonts draw as blank.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{M}\u115f\u1160\u2800\u3164\uffa0]/u;

/** The first character of `text` that is invisible or changes how it reads, as `U+202E`; undefined when there is none. */
export function hiddenCharacter(text: string): string | undefined {
  const found = HIDDEN.exec(text)?.[0];
  return found && `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What a country's numbers are written with at home (src/data/calling-codes.ts gives every member state's). */
export interface NumberingPlan {
  /** The country calling code: `44`. */
  callingCode?: string;
  /** What a national number may be written with in front: `['0']`, `['8']` in Russia, `['']` where nothing is. */
  trunkPrefixes?: readonly string[];
  /** A North American region's one area code, for numbers written with seven digits: `246` in Barbados. */
  areaCode?: string;
}

/**
 * How a number may be written: ASCII digits, spaces (no-break too), brackets, dashes, dots and slashes, with one `+`
 * (an international number, perhaps in brackets: `(+995 32) 2 100 229`) or `*` (a short code) in front.
 */
const WRITTEN = /^\(?([+*]?)[0-9 \u00a0\u202f().\/-]*$/;

/**
 * Whether `tel` (E.164, `+442079460000`, or a short number as dialled, `999`, `*4242`) dials exactly the number
 * `shown` beside it, a number of the country whose numbering `plan` is given:
 * - a short number: the same digits (and `*`), no more and no fewer;
 * - shown with its country code (`+44 20 7946 0000`, `1-888-373-7888`): the same digits, but for a `(0)` where 0 is
 *   the plan's trunk prefix (`+44 (0)20 7946 0000`);
 * - shown in national form: its digits are the national significant number, i.e. what follows the plan's
 *   `callingCode` (`61` for `03 9345 1800` and `+61393451800`), written as it is or after one of its `trunkPrefixes`
 *   (`['0']` in Australia, `['8']` in Russia for `8 800 333-00-00` and `+78003330000`, `['06']` in Hungary, `['1']`
 *   in North America; `['']` where there is none, so `0 91 123 45 67` is no Spanish number). Without a calling code,
 *   only the two forms above match; without trunk prefixes, only the national number as it is;
 * - a seven-digit local number in a North American country with one area code, the plan's `areaCode` (`432-2873` in
 *   Barbados, `+12464322873`).
 * A letter, any other character or a digit more or less is no match.
 */
export function telDialsShown(tel: string, shown: string, plan: NumberingPlan = {}): boolean {
  const { callingCode, trunkPrefixes = [], areaCode } = plan;
  const written = shown.trim();
  const sign = WRITTEN.exec(written)?.[1];
  if (sign === undefined || hiddenCharacter(written)) return false;
  // `+44 (0)20…`: the 0 in brackets is the trunk prefix, dialled at home only. Where 0 is no trunk prefix it is a digit
  // like any other: Italy's `+39 (0)6…` dials the 0, and Spain's `+34 (0)91…` tells a visitor at home to dial a 0 that
  // does not belong there.
  const trunkZero = sign === '+' && trunkPrefixes.includes('0');
  const digits = (trunkZero ? written.replace('(0)', '') : written).replace(/\D/g, '');
  if (!tel.startsWith('+')) return sign !== '+' && sign + digits === tel;
  const international = tel.slice(1);
  if (sign === '*') return false;
  if (digits === international) return true;
  if (sign === '+' || !callingCode || !international.startsWith(callingCode)) return false;
  const national = international.slice(callingCode.length);
  return (
    digits === national ||
    trunkPrefixes.some((trunk) => digits === trunk + national) ||
    (digits.length === 7 && areaCode !== undefined && national === areaCode + digits)
  );
}
