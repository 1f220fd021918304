/**
 * Every Storybook story of the petition renders the state it names and passes axe, as Storybook's a11y panel
 * (set to fail on violations) will check it: the story's args and its play function are applied here too.
 */
import * as stories from '../../../stories/petition-form.stories.js';
import type { PetitionForm } from '../../../src/widgets/petition-form/petition-form.js';
import { checkStories } from '../../helpers/stories.js';
import { part } from '../../helpers/shadow.js';

const formShown = (el: PetitionForm) => part(el, 'submit') !== null;

/** What each story shows (a state story, once its play function ran). */
const EXPECTED: Record<string, (el: PetitionForm) => boolean> = {
  Default: formShown,
  Themed: formShown,
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

  checkStories<PetitionForm>('petition-form', stories, { shows: EXPECTED });
});
