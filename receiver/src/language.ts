/*
 * Which of its languages the receiver answers a signer in: the one they signed in (the consent record's locale,
 * which the widget chose from the page), else their browser's, else English. The same rule as the widgets' own
 * (src/core/locale-negotiation.ts, which the receiver cannot import: it ships on its own).
 */
import { LANGUAGES, type Language } from './messages.js';

/** The receiver's language for a BCP 47 tag: the tag itself, its language (`fr-CA` → `fr`), or a regional variant
 * of that language (`pt` or `pt-PT` → `pt-BR`, the one Portuguese shipped); undefined when none fits. */
export function matchLanguage(tag: string | undefined): Language | undefined {
  const normalized = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (!normalized) return undefined;
  const language = normalized.split('-')[0];
  return (
    LANGUAGES.find((code) => code.toLowerCase() === normalized) ??
    LANGUAGES.find((code) => code === language) ??
    LANGUAGES.find((code) => code.toLowerCase().startsWith(`${language}-`))
  );
}

/** The first of these tags the receiver speaks, else English. */
export function chooseLanguage(tags: readonly (string | undefined)[]): Language {
  for (const tag of tags) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return 'en';
}

/** The language tags of an Accept-Language header, most wanted first (read, never stored). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = Number(
        parameters
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter(({ tag, q }) => tag && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}

/** Arabic is written right to left; the receiver's other languages left to right. */
export const directionOf = (language: Language): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');
