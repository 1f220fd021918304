/**
 * Every Storybook story of the petition renders the state it names and passes axe, as Storybook's a11y panel
 * (set to fail on violations) will check it: the story's args and its play function are applied here too.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/petition-form.stories.js';
import type { PetitionForm } from '../../../src/widgets/petition-form/petition-form.js';
import { part } from '../../helpers/shadow.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const meta = stories.default as unknown as { args: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };

/** What each state story must show once its play function ran. */
const EXPECTED: Record<string, (el: PetitionForm) => boolean> = {
  ValidationErrors: (el) => el.shadowRoot!.querySelectorAll('[part="error"]').length === 2 && /Please correct 2 fields/.test(part(el, 'status')!.textContent!),
  Sending: (el) => /Sending your signature/.test(part(el, 'status')!.textContent!),
  Offline: (el) => /You are offline/.test(part(el, 'status')!.textContent!),
  ThankYou: (el) => part(el, 'thanks') !== null && part(el, 'count')!.textContent!.includes('6,241'),
  GoalReached: (el) => /Next goal: 20,000/.test(part(el, 'goal')!.textContent!),
  Minimal: (el) => part(el, 'counter') === null && el.shadowRoot!.getElementById('consent') === null,
  AllFields: (el) => el.shadowRoot!.querySelectorAll('[part="input"]').length === 6,
};

describe('<petition-form> stories', () => {
  afterEach(() => {
    window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } }));
    window.dispatchEvent(new Event('online'));
  });

  for (const [name, story] of Object.entries(stories as unknown as Record<string, StoryLike>)) {
    if (name === 'default') continue;
    it(`${name} renders and is accessible`, async () => {
      const canvasElement = await fixture<HTMLDivElement>(document.createElement('div'));
      render((story.render ?? meta.render)({ ...meta.args, ...story.args }), canvasElement);
      const el = canvasElement.querySelector('petition-form') as PetitionForm;
      expect(el !== null).to.equal(true);
      await el.updateComplete;
      await story.play?.({ canvasElement });
      if (EXPECTED[name]) await waitUntil(() => EXPECTED[name]!(el), `${name} shows its state`);
      expect(part(el, 'submit') !== null || part(el, 'thanks') !== null).to.equal(true);
      expect(el.shadowRoot!.textContent).not.to.match(/undefined|NaN|\[object/);
      await expect(canvasElement).to.be.accessible();
    });
  }
});
