import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define-element.js';
import { VERSION } from '../../src/core/version.js';
import { captureWarnings } from '../helpers/console.js';

class First extends HTMLElement {
  static cwVersion = VERSION;
}

describe('defineElement', () => {
  it('defines a free tag and is silent when the same class comes again (script loaded twice)', async () => {
    const warnings = await captureWarnings(() => {
      expect(defineElement('cw-test-first', First)).to.equal(true);
      expect(defineElement('cw-test-first', First)).to.equal(false);
    });
    expect(customElements.get('cw-test-first')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('stays silent for a second copy of the same version of the library', async () => {
    class FirstCopy extends HTMLElement {
      static cwVersion = VERSION;
    }
    class SecondCopy extends HTMLElement {
      static cwVersion = VERSION;
    }
    defineElement('cw-test-copy', FirstCopy);
    const warnings = await captureWarnings(() => expect(defineElement('cw-test-copy', SecondCopy)).to.equal(false));
    expect(warnings).to.deep.equal([]);
  });

  it('keeps a foreign definition, warns once naming the tag, and never throws', async () => {
    class Foreign extends HTMLElement {}
    class Ours extends HTMLElement {
      static cwVersion = VERSION;
    }
    customElements.define('cw-test-foreign', Foreign);
    const warnings = await captureWarnings(() => {
      expect(() => defineElement('cw-test-foreign', Ours)).not.to.throw();
      defineElement('cw-test-foreign', Ours);
    });
    expect(customElements.get('cw-test-foreign')).to.equal(Foreign);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<cw-test-foreign>').and.to.contain('another script');
  });

  it('warns when another version of campaign-widgets holds the tag', async () => {
    class Older extends HTMLElement {
      static cwVersion = '0.0.1-old';
    }
    class Ours extends HTMLElement {
      static cwVersion = VERSION;
    }
    customElements.define('cw-test-older', Older);
    const warnings = await captureWarnings(() => defineElement('cw-test-older', Ours));
    expect(warnings[0]).to.contain('campaign-widgets 0.0.1-old');
  });
});
