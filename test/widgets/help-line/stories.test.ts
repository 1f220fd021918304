/**
 * Every Storybook story of the help line shows the help it names once its data has loaded, and passes axe, as
 * Storybook's a11y panel (set to fail on violations) will check it: the story's args and render are applied here too.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/help-line.stories.js';
import type { HelpLine } from '../../../src/widgets/help-line/help-line.js';
import { part, visibleText } from '../../helpers/shadow.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}

const meta = stories.default as unknown as { args?: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };

const texts = (el: HelpLine, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)].map((node) => node.textContent!.trim());
const GB_LINE = 'Modern Slavery & Exploitation Helpline';
const emergency = (el: HelpLine, number: string) => new RegExp(`In immediate danger, call\\s+${number}`).test(part(el, 'emergency')?.textContent ?? '');

/** What each story shows once the help data has loaded (a card draws nothing before). */
const EXPECTED: Record<string, (el: HelpLine, canvas: HTMLElement) => boolean> = {
  NationalLine: (el) => emergency(el, '999') && texts(el, 'name').includes(GB_LINE),
  PhoneTextAndChat: (el) =>
    emergency(el, '911') &&
    texts(el, 'name').includes('National Human Trafficking Hotline') &&
    part(el, 'sms')?.getAttribute('href') === 'sms:233733' &&
    part(el, 'chat')?.getAttribute('href') === 'https://humantraffickinghotline.org/chat',
  ChildAndViolenceLines: (el) =>
    texts(el, 'kind').sort().join('|') === 'Child helpline|Helpline for violence against women' && part(el, 'directory')?.querySelector('a') != null,
  EmergencyNumberOnly: (el) =>
    part(el, 'line') === null && emergency(el, '999') && /We know of no anti-trafficking helpline/.test(part(el, 'directory')?.textContent ?? ''),
  Picker: (el) => (part<HTMLSelectElement>(el, 'picker')?.options.length ?? 0) > 190,
  Compact: (el) => visibleText(el) === 'Confidential help is available. Show help contacts' && part(el, 'card') === null,
  WithQuickExit: (el, canvas) =>
    texts(el, 'name').includes(GB_LINE) && part(canvas.querySelector('quick-exit')!, 'button')?.textContent?.trim() === 'Exit this page',
  // The card takes its background from the custom property set on the ancestor (#f7f2fb).
  Themed: (el) => texts(el, 'name').includes(GB_LINE) && getComputedStyle(part(el, 'card')!).backgroundColor === 'rgb(247, 242, 251)',
};

describe('<help-line> stories', () => {
  it('are all checked here', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [name, story] of Object.entries(stories as unknown as Record<string, StoryLike>)) {
    if (name === 'default') continue;
    it(`${name} renders and is accessible`, async () => {
      const canvasElement = await fixture<HTMLDivElement>(document.createElement('div'));
      render((story.render ?? meta.render)({ ...meta.args, ...story.args }), canvasElement);
      const el = canvasElement.querySelector('help-line') as HelpLine;
      expect(el !== null).to.equal(true);
      await waitUntil(() => EXPECTED[name]!(el, canvasElement), `${name} shows its help`, { timeout: 5000 });
      expect(el.shadowRoot!.textContent).not.to.match(/undefined|NaN|\[object/);
      await expect(canvasElement).to.be.accessible();
    });
  }
});
