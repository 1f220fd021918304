/**
 * Controls shared by the widgets' stories: the Controls panel writes attributes exactly as a partner would, and every
 * `--*` arg is applied to the widget as an inline custom property, so a designer sees it change (and "Show code"
 * carries it). Each story's render uses these, so no control sits in the panel doing nothing.
 */
import { nothing } from 'lit';
import { stats } from '../src/data/stats.js';

type Args = Record<string, unknown>;

/**
 * The `--*` args as a `style` attribute value (`--cw-color-accent: #0a5c36; …`), or nothing when none is set. Put on
 * the widget itself, they win over the same properties set on an ancestor, as a designer trying a value expects.
 */
export function cssVars(args: object): string | typeof nothing {
  const declarations = Object.entries(args as Args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${(value as string).trim()}`);
  return declarations.length ? declarations.join('; ') : nothing;
}

/**
 * A list attribute from a checkbox control (an array) or a story's own text: space-separated, in the order given.
 * Unset stays unset (the widget's default); an emptied list is written as `""` only when `empty` says so.
 */
export function spaced(value: unknown, { empty = false }: { empty?: boolean } = {}): string | typeof nothing {
  if (value === undefined || value === null) return nothing;
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text.trim() || empty ? text.trim() : nothing;
}

/** A text or number arg as an attribute: unset or empty leaves the attribute out (the widget's default). */
export function attr(value: unknown): string | typeof nothing {
  return value === undefined || value === null || value === '' ? nothing : String(value);
}

/**
 * The 193 UN member states (the countries the mission and help-line data cover, src/data/missions.json; a test in
 * test/stories/ keeps this list equal to the data's).
 */
export const UN_MEMBER_STATES: readonly string[] = [
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH',
  'CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN',
  'GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC',
  'LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP',
  'NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV',
  'SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW',
]
  .join(' ')
  .split(' ');

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A `country` select: every member state by name (with its code), and "none" for the visitor's own pick. */
export function countryArgType(extra: Record<string, string> = {}) {
  const byName = [...UN_MEMBER_STATES].sort((a, b) => (countryNames.of(a) ?? a).localeCompare(countryNames.of(b) ?? b));
  const labels: Record<string, string> = { '': '(none: the visitor picks)', ...extra };
  for (const code of byName) labels[code] = `${countryNames.of(code) ?? code} (${code})`;
  return {
    options: ['', ...byName, ...Object.keys(extra)],
    control: { type: 'select' as const, labels },
  };
}

/** The `stat` select: every catalogue figure by id; an older edition says which figure replaces it. */
export function statArgType(extra: Record<string, string> = {}) {
  const labels: Record<string, string> = { '': '(none)', ...extra };
  for (const entry of stats) labels[entry.id] = entry.supersededBy ? `${entry.id} (older edition: use ${entry.supersededBy})` : entry.id;
  return {
    options: ['', ...stats.map((entry) => entry.id), ...Object.keys(extra)],
    control: { type: 'select' as const, labels },
  };
}

/** A select of fixed words (`format`, `method`…); the empty choice leaves the attribute out (the widget's default). */
export function selectArgType(values: readonly string[], none = '(default)') {
  return {
    options: ['', ...values],
    control: { type: 'select' as const, labels: { '': none } },
  };
}

/** Checkboxes for a space-separated list attribute (`networks`, `fields`, `required`); the stories join the ticks. */
export function checkArgType(values: readonly string[]) {
  return { options: [...values], control: { type: 'inline-check' as const } };
}
