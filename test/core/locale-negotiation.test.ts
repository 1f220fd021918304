import { expect } from '@open-wc/testing';
import { directionOf, formattingLocaleFor, matchLocale, requestedLocales } from '../../src/core/locale-negotiation.js';

const available = ['ar', 'en', 'fr'];

describe('locale negotiation', () => {
  it('matches exactly, then by language, then falls back', () => {
    expect(matchLocale(['fr'], available, 'en')).to.equal('fr');
    expect(matchLocale(['fr-CA'], available, 'en')).to.equal('fr');
    expect(matchLocale(['AR_eg'], available, 'en')).to.equal('ar');
    expect(matchLocale(['xx', 'de-DE'], available, 'en')).to.equal('en');
    expect(matchLocale(['xx', 'ar-SA'], available, 'en')).to.equal('ar');
  });

  it('finds a regional locale from its language, its CLDR parent or a sibling region', () => {
    const shipped = ['en', 'en-XA', 'fr', 'pt-BR'];
    expect(matchLocale(['pt'], shipped, 'en')).to.equal('pt-BR');
    expect(matchLocale(['PT_br'], shipped, 'en')).to.equal('pt-BR');
    expect(matchLocale(['pt-PT'], shipped, 'en')).to.equal('pt-BR');
    expect(matchLocale(['pt-AO', 'fr'], shipped, 'en')).to.equal('pt-BR');
    // The first language the visitor reads wins, even in a region we do not ship.
    expect(matchLocale(['pt-MZ', 'en'], shipped, 'en')).to.equal('pt-BR');
    // A pseudo-locale (private-use region) is only chosen by name.
    expect(matchLocale(['en-GB'], shipped, 'fr')).to.equal('en');
    expect(matchLocale(['en-GB'], ['fr', 'en-XA'], 'fr')).to.equal('fr');
    expect(matchLocale(['en-XA'], shipped, 'en')).to.equal('en-XA');
    // Once a European Portuguese file ships, Portugal and Lusophone Africa get it, Brazil keeps its own.
    const both = [...shipped, 'pt-PT'];
    expect(matchLocale(['pt-PT'], both, 'en')).to.equal('pt-PT');
    expect(matchLocale(['pt-AO'], both, 'en')).to.equal('pt-PT');
    expect(matchLocale(['pt-MZ'], both, 'en')).to.equal('pt-PT');
    expect(matchLocale(['pt-BR'], both, 'en')).to.equal('pt-BR');
  });

  it('reads data-cw-locale first, then <html lang>, then the browser languages', () => {
    const html = document.documentElement;
    const before = { lang: html.getAttribute('lang'), override: html.getAttribute('data-cw-locale') };
    try {
      html.setAttribute('lang', 'fr-BE');
      html.setAttribute('data-cw-locale', 'ar');
      expect(requestedLocales()).to.deep.equal(['ar']);
      html.removeAttribute('data-cw-locale');
      const requested = requestedLocales();
      expect(requested[0]).to.equal('fr-BE');
      expect(requested.slice(1)).to.deep.equal([...navigator.languages]);
    } finally {
      if (before.lang === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before.lang);
      if (before.override !== null) html.setAttribute('data-cw-locale', before.override);
    }
  });

  it('knows which scripts run right to left', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ar-EG')).to.equal('rtl');
    // Arabic digits in an English page do not make it right to left; Arabic script in another language does.
    expect(directionOf('en-u-nu-arab')).to.equal('ltr');
    expect(directionOf('ar-u-nu-latn')).to.equal('rtl');
    expect(directionOf('pa-Arab-PK')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    expect(directionOf('fr')).to.equal('ltr');
    expect(directionOf('sw-KE')).to.equal('ltr');
  });

  it('formats with the page’s own variant of the UI language', () => {
    expect(formattingLocaleFor(['ar-EG'], 'ar')).to.equal('ar-EG');
    expect(formattingLocaleFor(['pt_BR', 'en'], 'pt-BR')).to.equal('pt-BR');
    expect(formattingLocaleFor(['pt-PT'], 'pt-BR')).to.equal('pt-PT');
    // A bare language says less than the regional UI locale it matched.
    expect(formattingLocaleFor(['pt'], 'pt-BR')).to.equal('pt-BR');
    expect(formattingLocaleFor(['zh-Hant-TW'], 'zh')).to.equal('zh-Hant-TW');
    expect(formattingLocaleFor(['de-DE', 'fr-CA'], 'fr')).to.equal('fr-CA');
    expect(formattingLocaleFor(['fr'], 'fr')).to.equal('fr');
    expect(formattingLocaleFor(['de-DE'], 'en')).to.equal('en');
    expect(formattingLocaleFor(['not a tag!'], 'en')).to.equal('en');
  });
});
