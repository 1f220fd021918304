/**
 * Every Storybook story of the card renders something true and passes axe, as Storybook's a11y panel (set to
 * fail on violations) will check it: the story's args, its locale and its play function are applied here too.
 */
import * as stories from '../../../stories/share-card.stories.js';
import type { ShareCard } from '../../../src/widgets/share-card/share-card.js';
import { checkStories, type StoryCheck } from '../../helpers/stories.js';

/** Every story offers a way to share: at least one share action. */
const offersSharing: StoryCheck<ShareCard> = (el) => el.shadowRoot!.querySelectorAll('[part~="action"]').length > 0;

const STORIES = Object.keys(stories).filter((name) => name !== 'default');

/** What the console says about the stories with bad input. */
const WARNINGS = {
  UnknownStat: 'stat="no-such-stat"',
  BadInput: ['url="javascript:alert(1)"', 'networks="myspace"', 'hashtags="End Trafficking"'],
};

describe('<share-card> stories', () => {
  checkStories<ShareCard>('share-card', stories, {
    shows: Object.fromEntries(STORIES.map((name) => [name, offersSharing])),
    warns: WARNINGS,
    // Some stories show an older edition on purpose; its notice is not what they test.
    ignoreWarning: (warning) => warning.includes('is an older edition'),
  });
});
