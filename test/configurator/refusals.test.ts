// Every value a widget refuses, as the widget itself reports it, reaches the web editor in the configurator's words:
// the widgets render here with hostile values, their real console warnings go through the configurator's reading of
// them, and none may fall back to the general "see the help" sentence (which would mean a widget's wording changed
// and configurator/src/problems.ts no longer recognises it).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/widgets/help-line/help-line.define.js';
import '../../src/widgets/mission-contact/mission-contact.define.js';
import '../../src/widgets/petition-form/petition-form.define.js';
import '../../src/widgets/quick-exit/quick-exit.define.js';
import '../../src/widgets/share-card/share-card.define.js';
import '../../src/widgets/trafficking-stat/trafficking-stat.define.js';
import { fromWarning } from '../../configurator/src/problems.js';
import { captureWarnings } from '../helpers/console.js';

/** The invalid-attribute warnings an element gives, once it has rendered. */
async function refusals(template: TemplateResult, count: number): Promise<string[]> {
  const refused = (warnings: readonly string[]) => warnings.filter((warning) => warning.includes(' is not valid (allowed: '));
  const warnings = await captureWarnings(async (warnedSoFar) => {
    await fixture(template);
    await waitUntil(() => refused(warnedSoFar).length >= count, `${count} warning(s)`, { timeout: 5000 });
  });
  return refused(warnings);
}

const GENERAL = 'The help under this option says what it takes.';

describe('configurator: what a widget refuses, in an editor’s words', () => {
  const cases: [string, TemplateResult, number, string[]][] = [
    [
      'quick-exit',
      html`<quick-exit no-skip-link href="http://example.org/" safety-url="javascript:alert(1)"></quick-exit>`,
      2,
      ['“http://example.org/” can’t be used here. Give the https:// address of another site.', 'Give an address starting with https://.'],
    ],
    [
      'trafficking-stat',
      html`<trafficking-stat value="5" format="currency" currency="dollars" source-url="javascript:alert(1)" label="A figure"></trafficking-stat>`,
      2,
      ['Give a three-letter currency code, such as USD or EUR.', 'Give an address starting with https://.'],
    ],
    [
      'share-card',
      html`<share-card text="A fact" hashtags="free now" url="javascript:alert(1)" networks="x myspace"></share-card>`,
      3,
      ['Write each hashtag with letters, digits and _ only, separated by commas.', 'Give an address starting with https://.', 'Choose from: native, x'],
    ],
    [
      'petition-form',
      html`<petition-form goal="-5" method="GET" fields="email shoe-size"></petition-form>`,
      4,
      [
        'This option is needed. Give an address starting with https://.',
        'Give a whole number from 0 to 10,000,000,000.',
        'Choose from: POST, PUT.',
        'Choose from: given-name, family-name',
      ],
    ],
    [
      'mission-contact',
      html`<mission-contact country="KE" report-url="ftp://example.org/report" heading-level="h2"></mission-contact>`,
      2,
      [
        '“ftp://example.org/report” can’t be used here. Give an address starting with https:// or mailto:.',
        '“h2” can’t be used here. Give a whole number from 1 to 6.',
      ],
    ],
    ['help-line', html`<help-line country="GB" heading-level="7"></help-line>`, 1, ['“7” can’t be used here. Give a whole number from 1 to 6.']],
  ];

  for (const [tag, template, count, expected] of cases) {
    it(`<${tag}>`, async () => {
      const warnings = await refusals(template, count);
      const texts = warnings.map((warning) => fromWarning(warning)?.text ?? `not read: ${warning}`);
      for (const text of texts) expect(text, texts.join('\n')).to.not.contain(GENERAL).and.not.contain('not read');
      for (const wanted of expected)
        expect(
          texts.some((text) => text.includes(wanted)),
          `${wanted}\n in\n${texts.join('\n')}`,
        ).to.equal(true);
    });
  }
});
