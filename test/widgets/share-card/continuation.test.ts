import { expect } from '@open-wc/testing';
import { asContinuation } from '../../../src/widgets/share-card/continuation.js';

describe('a statistic label continuing the shared sentence after its figure', () => {
  it('starts in lower case', () => {
    expect(asContinuation('Of trafficking victims detected in 2022 were women and girls', 'en')).to.equal(
      'of trafficking victims detected in 2022 were women and girls',
    );
    expect(asContinuation('Des victimes détectées', 'fr-CA')).to.equal('des victimes détectées');
  });

  it('keeps an acronym as it is', () => {
    expect(asContinuation('UN member states are parties', 'en')).to.equal('UN member states are parties');
  });

  it('keeps the capital of a noun in a language that capitalises nouns (German, in any region)', () => {
    expect(asContinuation('Menschen in moderner Sklaverei', 'de')).to.equal('Menschen in moderner Sklaverei');
    expect(asContinuation('Menschen in moderner Sklaverei', 'de-CH')).to.equal('Menschen in moderner Sklaverei');
  });
});
