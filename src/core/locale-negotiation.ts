/**
 * Picks the UI locale once per page, in the order DESIGN.md fixes:
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
 * Returns the first available locale matching a requested tag, trying for each tag in turn: the tag itself
 * (case-insensitive), its language (`sw-KE` → `sw`, `zh-Hant-TW` → `zh`), then a shipped regional variant of its
 * language (`pt` or `pt-PT` → `pt-BR`, the only Portuguese shipped), so a visitor who reads a language gets it
 * before falling back. Else `fallback`. The source locale `en` is always available, so an English request never
 * reaches the pseudo-locale `en-XA` this way.
 * When a second variant of a language ships (`pt-PT` beside `pt-BR`), regions without their own file go to the
 * first in code order: add the CLDR parent of those that follow the other variant here (pt-AO, pt-MZ, pt-CV, pt-GW,
 * pt-ST, pt-TL… → pt-PT), with a test. Not done before: it would be bytes in every bundle for a file we lack.
 */
export function matchLocale(requested: readonly string[], available: readonly string[], fallback: string): string {
  const byLower = new Map(available.map((code) => [code.toLowerCase(), code]));
  for (const tag of requested) {
    const normalized = tag.replace(/_/g, '-').toLowerCase();
    const language = normalized.split('-')[0];
    const match =
      byLower.get(normalized) ??
      byLower.get(language) ??
      available.find((code) => code.toLowerCase().startsWith(`${language}-`));
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
    const lower = locale.toLowerCase();
    const language = lower.split('-')[0] ?? lower;
    directions.set(locale, (direction = /-(arab|hebr)\b/.test(lower) || RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr'));
  }
  return direction;
}

/**
 * The tag to format numbers, dates and names with: the page's own tag when it is a variant of the UI language
 * (`<html lang="ar-EG">` keeps Eastern Arabic digits and `fr-CA` its currency style, while the messages come from
 * `ar` and `fr`, `pt-PT` its own grouping while the messages come from `pt-BR`), otherwise the UI locale itself.
 * Invalid tags are ignored.
 */
export function formattingLocaleFor(requested: readonly string[], uiLocale: string): string {
  const language = uiLocale.toLowerCase().split('-')[0];
  for (const tag of requested) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag.replace(/_/g, '-'));
      if (canonical && canonical.toLowerCase().split('-')[0] === language) return canonical;
    } catch {
      // Not a BCP 47 tag: skip it.
    }
  }
  return uiLocale;
}
