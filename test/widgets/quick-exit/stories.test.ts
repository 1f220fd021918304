/**
 * Every Storybook story of the quick exit renders the button it names and passes axe, as Storybook's a11y panel (set
 * to fail on violations) will check it: the story's args and render are applied here too.
 */
import * as stories from '../../../stories/quick-exit.stories.js';
import type { QuickExit } from '../../../src/widgets/quick-exit/quick-exit.js';
import { checkStories } from '../../helpers/stories.js';
import { part } from '../../helpers/shadow.js';

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
  checkStories<QuickExit>('quick-exit', stories, { shows: EXPECTED });
});
