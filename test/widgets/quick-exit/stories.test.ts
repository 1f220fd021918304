/**
 * Every Storybook story of the quick exit renders the button it names and passes axe, as Storybook's a11y panel (set
 * to fail on violations) will check it: the story's args and render are applied here too.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/quick-exit.stories.js';
import type { QuickExit } from '../../../src/widgets/quick-exit/quick-exit.js';
import { part } from '../../helpers/shadow.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}

const meta = stories.default as unknown as { args: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };

const button = (el: QuickExit) => part<HTMLButtonElement>(el, 'button');
const leavesForWeather = (el: QuickExit) => button(el)?.textContent?.trim() === 'Exit this page' && el.exitUrl === 'https://www.bbc.co.uk/weather';

/** What each story shows once rendered. */
const EXPECTED: Record<string, (el: QuickExit) => boolean> = {
  Default: (el) => leavesForWeather(el) && part(el, 'safety-link') === null,
  WithSafetyLink: (el) => leavesForWeather(el) && part<HTMLAnchorElement>(el, 'safety-link')?.href === 'https://www.womensaid.org.uk/cover-your-tracks-online/',
  Sticky: (el) => leavesForWeather(el) && getComputedStyle(el).position === 'sticky',
  // A skip link is out of sight until it has focus.
  SkipLink: (el) => leavesForWeather(el) && el.hasAttribute('skip-link') && button(el)!.getBoundingClientRect().width < 2,
  // The button takes its background from the custom property set on it (#1d3557).
  Themed: (el) => leavesForWeather(el) && getComputedStyle(button(el)!).backgroundColor === 'rgb(29, 53, 87)',
};

describe('<quick-exit> stories', () => {
  it('are all checked here', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [name, story] of Object.entries(stories as unknown as Record<string, StoryLike>)) {
    if (name === 'default') continue;
    it(`${name} renders and is accessible`, async () => {
      const canvasElement = await fixture<HTMLDivElement>(document.createElement('div'));
      render((story.render ?? meta.render)({ ...meta.args, ...story.args }), canvasElement);
      const el = canvasElement.querySelector('quick-exit') as QuickExit;
      expect(el !== null).to.equal(true);
      await el.updateComplete;
      await waitUntil(() => EXPECTED[name]!(el), `${name} shows its button`);
      expect(el.shadowRoot!.textContent).not.to.match(/undefined|NaN|\[object/);
      await expect(canvasElement).to.be.accessible();
    });
  }
});
