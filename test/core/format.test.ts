import { expect } from '@open-wc/testing';
import { formatNumber, isCurrencyCode, numberFormatter, parseNumberAttribute } from '../../src/core/format.js';

describe('number formatting', () => {
  it('formats compact currency in words, in the locale', () => {
    const en = formatNumber(150e9, 'compact-currency', 'en', 'USD');
    const fr = formatNumber(150e9, 'compact-currency', 'fr', 'USD');
    expect(en).to.match(/\$150\s?billion/);
    expect(fr).to.contain('150').and.to.contain('milliards');
    expect(fr).to.contain('$');
  });

  it('formats percentages from fractions and plain numbers with the locale separators', () => {
    expect(formatNumber(0.71, 'percent', 'en')).to.equal('71%');
    expect(formatNumber(1234567, 'number', 'en')).to.equal('1,234,567');
    expect(formatNumber(1234567, 'number', 'fr').replace(/\s/g, ' ')).to.equal('1 234 567');
  });

  it('reuses one Intl.NumberFormat per locale and options', () => {
    expect(numberFormatter('fr', { style: 'percent' })).to.equal(numberFormatter('fr', { style: 'percent' }));
  });

  it('parses only real numbers from attributes', () => {
    expect(parseNumberAttribute('150000000000')).to.equal(150e9);
    expect(parseNumberAttribute(' 1.5e11 ')).to.equal(150e9);
    expect(parseNumberAttribute('-0.5')).to.equal(-0.5);
    for (const bad of ['abc', '', ' ', '12abc', 'Infinity', 'NaN', '0x10', '1,5']) {
      expect(parseNumberAttribute(bad), bad).to.equal(null);
    }
    expect(parseNumberAttribute(null)).to.equal(null);
  });

  it('accepts only currency codes Intl knows', () => {
    expect(isCurrencyCode('EUR')).to.equal(true);
    expect(isCurrencyCode('usd')).to.equal(true);
    expect(isCurrencyCode('DOLLARS')).to.equal(false);
    expect(isCurrencyCode('$')).to.equal(false);
    // Three letters, but no currency the browser knows: a typo, not a currency to show.
    expect(isCurrencyCode('UDS')).to.equal(false);
    expect(isCurrencyCode('ABC')).to.equal(false);
  });
});
