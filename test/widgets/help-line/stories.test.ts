/**
 * Every Storybook story of the help line shows the help it names once its data has loaded, and passes axe, as
 * Storybook's a11y panel (set to fail on violations) will check it: the story's args and render are applied here too.
 */
import * as stories from '../../../stories/help-line.stories.js';
import type { HelpLine } from '../../../src/widgets/help-line/help-line.js';
import { checkStories } from '../../helpers/stories.js';
import { part, visibleText } from '../../helpers/shadow.js';

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
  DirectoryOnly: (el) => part(el, 'line') === null && part(el, 'emergency') === null && part(el, 'directory')?.querySelector('a') != null,
  PartnerData: (el) => texts(el, 'name').join('|') === `Sample partner line (not a real service)|${GB_LINE}` && part(el, 'emergency') !== null,
  Arabic: (el) => el.getAttribute('dir') === 'rtl' && texts(el, 'name').includes('800 SAVE national anti-trafficking hotline'),
  Picker: (el) => (part<HTMLSelectElement>(el, 'picker')?.options.length ?? 0) > 190,
  Compact: (el) => visibleText(el) === 'Confidential help is available. Show help contacts' && part(el, 'card') === null,
  WithQuickExit: (el, canvas) =>
    texts(el, 'name').includes(GB_LINE) && part(canvas.querySelector('quick-exit')!, 'button')?.textContent?.trim() === 'Exit this page',
  // The card takes its background from the custom property the story sets on the widget (#f7f2fb).
  Themed: (el) => texts(el, 'name').includes(GB_LINE) && getComputedStyle(part(el, 'card')!).backgroundColor === 'rgb(247, 242, 251)',
};

describe('<help-line> stories', () => {
  checkStories<HelpLine>('help-line', stories, { shows: EXPECTED });
});
