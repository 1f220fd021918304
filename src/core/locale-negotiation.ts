/**
 * Picks the UI locale once per page, in the order docs/architecture.md gives:
 * `data-cw-locale` on <html> (authoritative), then `<html lang>`, then `navigator.languages`, then the source.
 */
export function requestedLocales(doc: Document = document, nav: Navigator = navigator): string[] {
  const html = doc.documentElement;
  const override = html.getAttribute('data-cw-locale');
  if (override?.trim()) return [override.trim()];
  const requested: string[] = [];
  const lang = html.getAttribute('lang');
  if (lang?.trim()) requested.push(lang.trim());
  requested.push(...(nav.languages ?? [nav.language]).filter(Boolean));
  return requested;
}

/**
 * Where CLDR says a regional variant takes its conventions from another region rather than from the bare
 * language: Portuguese outside Brazil follows European Portuguese (CLDR parentLocales: pt-AO, pt-MZ, pt-CV… → pt-PT).
 * So if a `pt-PT` file is ever shipped, Angola and Mozambique get it, not the Brazilian one.
 */
const PARENT_LOCALES: Record<string, string> = Object.fromEntries(
  ['ao', 'ch', 'cv', 'fr', 'gq', 'gw', 'lu', 'mo', 'mz', 'st', 'tl'].map((region) => [`pt-${region}`, 'pt-pt']),
);

/** Private-use regions (`XA`–`XZ`, `QM`–`QZ`, `AA`, `ZZ`) mark pseudo-locales: only chosen when asked for by name. */
const PRIVATE_USE_REGION = /-(aa|q[m-z]|x[a-z]|zz)$/;

/**
 * Returns the first available locale matching a requested tag, trying for each tag in turn: the tag itself
 * (case-insensitive), its CLDR parent (`pt-AO` → `pt-PT`), its language (`sw-KE` → `sw`, `zh-Hant-TW` → `zh`),
 * then any regional variant of its language that is shipped (`pt` or `pt-PT` → `pt-BR` while Brazilian Portuguese
 * is the only Portuguese), so a visitor who reads a language gets it before falling back. Else `fallback`.
 */
export function matchLocale(requested: readonly string[], available: readonly string[], fallback: string): string {
  const byLower = new Map(available.map((code) => [code.toLowerCase(), code]));
  for (const tag of requested) {
    const normalized = tag.trim().replace(/_/g, '-').toLowerCase();
    const language = normalized.split('-')[0] ?? '';
    const parent = PARENT_LOCALES[normalized];
    const match =
      byLower.get(normalized) ??
      (parent && byLower.get(parent)) ??
      byLower.get(language) ??
      [...byLower].find(([code]) => code.startsWith(`${language}-`) && !PRIVATE_USE_REGION.test(code))?.[1];
    if (match) return match;
  }
  return fallback;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'dv', 'fa', 'ha-arab', 'he', 'ks', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

const directions = new Map<string, 'ltr' | 'rtl'>();

/** The writing direction of a locale's script (asked on every widget render, so remembered per locale). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  let direction = directions.get(locale);
  if (!direction) {
    // Without extensions (from the first one-letter subtag): in `en-u-nu-arab`, "arab" names digits, not the script.
    const lower = locale.toLowerCase().replace(/-[a-z0-9]-.*$/, '');
    const language = lower.split('-')[0] ?? lower;
    directions.set(locale, (direction = /-(arab|hebr)\b/.test(lower) || RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr'));
  }
  return direction;
}

/**
 * The tag to format numbers, dates and names with: the page's own tag when it is a variant of the UI language
 * (`<html lang="ar-EG">` keeps Eastern Arabic digits and `fr-CA` its currency style while the messages come from
 * `ar` and `fr`; `pt-PT` its own grouping while the messages are `pt-BR`), otherwise the UI locale itself. A bare
 * language (`pt`) says less than a regional UI locale (`pt-BR`), so the UI locale wins then. Invalid tags are ignored.
 */
export function formattingLocaleFor(requested: readonly string[], uiLocale: string): string {
  const [language, ...subtags] = uiLocale.toLowerCase().split('-');
  for (const tag of requested) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag.replace(/_/g, '-'));
      if (!canonical || canonical.toLowerCase().split('-')[0] !== language) continue;
      return canonical.includes('-') || !subtags.length ? canonical : uiLocale;
    } catch {
      // Not a BCP 47 tag: skip it.
    }
  }
  return uiLocale;
}
