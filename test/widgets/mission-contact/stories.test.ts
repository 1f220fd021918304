/**
 * Every Storybook story of the mission card shows the mission it names once the mission data has loaded, and passes
 * axe, as Storybook's a11y panel (set to fail on violations) will check it: the story's args and render are applied
 * here too.
 */
import * as stories from '../../../stories/mission-contact.stories.js';
import type { MissionContact } from '../../../src/widgets/mission-contact/mission-contact.js';
import { checkStories } from '../../helpers/stories.js';
import { part } from '../../helpers/shadow.js';

const KENYA = 'The Permanent Mission of the Republic of Kenya to the United Nations';
const text = (el: MissionContact, name: string) => (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const has = (el: MissionContact, ...names: string[]) => names.every((name) => part(el, name) !== null);
const lacks = (el: MissionContact, ...names: string[]) => names.every((name) => part(el, name) === null);
const picker = (el: MissionContact) => part<HTMLSelectElement>(el, 'picker');

/** What each story shows once the mission data has loaded (the card draws nothing before). */
const EXPECTED: Record<string, (el: MissionContact) => boolean> = {
  WithContactData: (el) =>
    text(el, 'name') === KENYA &&
    has(el, 'address', 'phone', 'email', 'website') &&
    /^Party to the UN Trafficking in Persons Protocol since/.test(text(el, 'palermo')) &&
    part<HTMLAnchorElement>(el, 'report')?.href === 'https://example.org/report-wrong-contact',
  AddressOnly: (el) => /United Kingdom/.test(text(el, 'name')) && has(el, 'address') && lacks(el, 'phone', 'email', 'website'),
  WebsiteOnly: (el) => /France/.test(text(el, 'name')) && has(el, 'website') && lacks(el, 'address', 'phone', 'email'),
  WithoutContactData: (el) =>
    /Brazil/.test(text(el, 'name')) && lacks(el, 'address', 'phone', 'email', 'website') && part(el, 'directory')?.getAttribute('href') != null,
  NotAParty: (el) => /Tuvalu/.test(text(el, 'name')) && /^Not a party/.test(text(el, 'palermo')) && /accede to it without delay/.test(text(el, 'script')),
  SignatoryOnly: (el) =>
    /Congo/.test(text(el, 'name')) && /but has not ratified it/.test(text(el, 'palermo')) && /ratify it without delay/.test(text(el, 'script')),
  // No Protocol status in the data: the card says nothing about it, and the ask is the one for any status.
  PalermoUnknown: (el) =>
    /Samoa/.test(text(el, 'name')) && !has(el, 'palermo') && /join and fully implement the UN Trafficking in Persons Protocol/.test(text(el, 'script')),
  Picker: (el) => picker(el)?.options.length === 194,
  CustomMessage: (el) =>
    text(el, 'name') === KENYA && text(el, 'script').includes(`Dear ${KENYA}, Please ask Kenya to fund survivor shelters this year. Thank you.`),
  CallScript: (el) => text(el, 'name') === KENYA && el.querySelector('[slot="script"]')?.assignedSlot != null,
  // The card takes its background from the custom property the story sets on the widget (#f3f8f5).
  Themed: (el) => text(el, 'name') === KENYA && getComputedStyle(part(el, 'card')!).backgroundColor === 'rgb(243, 248, 245)',
  UnknownCountry: (el) => picker(el)?.options.length === 194,
  // The partner data cannot be loaded: the bundled data is shown.
  BrokenPartnerData: (el) => text(el, 'name') === KENYA && has(el, 'phone', 'email'),
};

/** What the console says about the stories with bad input. */
const WARNINGS: Record<string, string> = {
  UnknownCountry: 'country="ZZ" is not valid',
  BrokenPartnerData: 'src="https://example.invalid/missions.json" is not used',
};

describe('<mission-contact> stories', () => {
  checkStories<MissionContact>('mission-contact', stories, { shows: EXPECTED, warns: WARNINGS });
});
