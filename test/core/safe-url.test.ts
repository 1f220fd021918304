import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/safe-url.js';

describe('safeUrl', () => {
  it('accepts https anywhere and http only on localhost', () => {
    expect(safeUrl('https://www.ilo.org/report')).to.equal('https://www.ilo.org/report');
    expect(safeUrl('http://localhost:8000/x')).to.equal('http://localhost:8000/x');
    expect(safeUrl('http://127.0.0.1/x')).to.equal('http://127.0.0.1/x');
    expect(safeUrl('http://example.org/x')).to.equal(null);
  });

  it('refuses script and data URLs, however they are written', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(value), value).to.equal(null);
    }
  });

  it('accepts mailto: and tel: only where asked, and tel: only with a dialable number', () => {
    expect(safeUrl('mailto:ny@example.org')).to.equal(null);
    expect(safeUrl('mailto:ny@example.org', ['mailto'])).to.equal('mailto:ny@example.org');
    expect(safeUrl('tel:+1 212 555 0100', ['tel'])).to.not.equal(null);
    expect(safeUrl('tel:+1-CALL-NOW', ['tel'])).to.equal(null);
  });

  it('returns null for empty or missing input', () => {
    expect(safeUrl('')).to.equal(null);
    expect(safeUrl('   ')).to.equal(null);
    expect(safeUrl(null)).to.equal(null);
    expect(safeUrl(undefined)).to.equal(null);
  });
});
