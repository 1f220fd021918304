/**
 * Every Storybook story of the statistic shows the figure it names (or, for bad input, nothing at all) and passes
 * axe, as Storybook's a11y panel (set to fail on violations) will check it: the story's args and render are applied
 * here too.
 */
import * as stories from '../../../stories/trafficking-stat.stories.js';
import type { TraffickingStat } from '../../../src/widgets/trafficking-stat/trafficking-stat.js';
import { checkStories } from '../../helpers/stories.js';
import { part, visibleText } from '../../helpers/shadow.js';

/** The figure a visitor reads once any count-up is over (while counting, a moving figure is shown instead). */
const figure = (el: TraffickingStat) => {
  const value = part(el, 'value');
  return value && !value.querySelector('[aria-hidden="true"]') ? value.textContent!.trim() : null;
};
const sourceLink = (el: TraffickingStat) => part<HTMLAnchorElement>(el, 'source-link')?.href;
const nothingShown = (el: TraffickingStat) => el.hasUpdated && part(el, 'value') === null && visibleText(el) === '';

/** What each story shows. */
const EXPECTED: Record<string, (el: TraffickingStat) => boolean> = {
  FromCatalogue: (el) => /^\$236\s?billion$/.test(figure(el) ?? '') && /forced labour/.test(part(el, 'label')?.textContent ?? '') && !!sourceLink(el),
  Percentage: (el) => figure(el) === '61%' && /women and girls/.test(part(el, 'label')?.textContent ?? ''),
  // It counts up once in view: the final figure.
  Animated: (el) => /^50\s?million$/.test(figure(el) ?? ''),
  ExplicitFigure: (el) =>
    figure(el) === '4,200' &&
    part(el, 'label')?.textContent?.includes('Survivors supported by our shelters') === true &&
    sourceLink(el) === 'https://example.org/report',
  CompactCurrency: (el) => figure(el) === '€1.5 million' && part(el, 'label')?.textContent?.includes('Raised for survivor services') === true,
  SlottedLabel: (el) => figure(el) === '38%' && el.querySelector('strong')?.assignedSlot != null,
  // The figure takes its background from the custom property the story sets on the widget (#eef6f0).
  Themed: (el) => figure(el) === '182' && getComputedStyle(part(el, 'base')!).backgroundColor === 'rgb(238, 246, 240)',
  UnknownStat: nothingShown,
  InvalidValue: nothingShown,
  UnsafeSourceUrl: (el) => figure(el) === '10' && part(el, 'source')?.textContent?.includes('Unverified') === true && part(el, 'source-link') === null,
};

/** What the console says about the stories with bad input. */
const WARNINGS: Record<string, string> = {
  UnknownStat: 'stat="no-such-stat" is not in the statistics catalogue',
  InvalidValue: 'value="abc" is not a number',
  UnsafeSourceUrl: 'source-url="javascript:alert(1)" is not valid',
};

describe('<trafficking-stat> stories', () => {
  checkStories<TraffickingStat>('trafficking-stat', stories, {
    shows: EXPECTED,
    warns: WARNINGS,
    ignoreWarning: (warning) => warning.includes('is an older edition'),
  });
});
