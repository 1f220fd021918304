/**
 * Every Storybook story of the card renders something true and passes axe, as Storybook's a11y panel (set to
 * fail on violations) will check it: the story's args, its locale and its play function are applied here too.
 */
import { expect, fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/share-card.stories.js';
import { setLocale } from '../../../src/core/localization.js';
import { captureWarnings } from '../../helpers/console.js';

interface StoryLike {
  args?: Record<string, unknown>;
  globals?: { locale?: string };
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const meta = stories.default as unknown as { args: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };

describe('<share-card> stories', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  for (const [name, story] of Object.entries(stories as unknown as Record<string, StoryLike>)) {
    if (name === 'default') continue;
    it(`${name} renders and is accessible`, async () => {
      await setLocale(story.globals?.locale ?? 'en');
      const canvasElement = await fixture<HTMLDivElement>(document.createElement('div'));
      await captureWarnings(async () => {
        render((story.render ?? meta.render)({ ...meta.args, ...story.args }), canvasElement);
        const card = canvasElement.querySelector('share-card') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
        expect(card !== null).to.equal(true);
        await card!.updateComplete;
        await story.play?.({ canvasElement });
        await card!.updateComplete;
        expect(card!.shadowRoot!.querySelectorAll('[part~="action"]').length).to.be.greaterThan(0);
        expect(card!.shadowRoot!.textContent).not.to.match(/undefined|NaN|\[object/);
      });
      await expect(canvasElement).to.be.accessible();
    });
  }
});
