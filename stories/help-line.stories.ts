import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define.js';
import { attr, countryArgType, cssVars } from './controls.js';

interface HelpLineArgs {
  country?: string;
  src?: string;
  compact?: boolean;
  'heading-level'?: number;
  [customProperty: `--${string}`]: string | undefined;
}

/**
 * A partner's own help data (same schema as the bundled data), served beside the stories: one sample line for the
 * United Kingdom, marked as not a real service (stories/data/partner-helplines.json).
 */
const PARTNER_DATA = new URL('./data/partner-helplines.json', import.meta.url).href;

/** The widget with every control applied. */
const renderHelp = (args: HelpLineArgs): TemplateResult => html`
  <help-line
    country=${attr(args.country)}
    src=${attr(args.src)}
    ?compact=${args.compact}
    heading-level=${attr(args['heading-level'])}
    style=${cssVars(args)}
  ></help-line>
`;

const meta: Meta<HelpLineArgs> = {
  title: 'Widgets/Help line',
  component: 'help-line',
  tags: ['autodocs'],
  parameters: {
    storybookNote:
      "**In Storybook:** the help data loads from beside the script when the first `<help-line>` appears. Links really work: `tel:` opens the phone app, `sms:` the messages app. Every value says where and when it was read. Each use shows as `cw-help` in the Actions panel of a story's own page.",
  },
  argTypes: {
    country: countryArgType(),
    src: { control: 'text' },
  },
  render: (args) => renderHelp(args),
};
export default meta;

type Story = StoryObj<HelpLineArgs>;

/**
 * A country set by the page (`country="GB"`): the card names it first ("Country: United Kingdom"), then the emergency
 * number, then the Modern Slavery & Exploitation Helpline, free, confidential, 24/7.
 */
export const NationalLine: Story = { args: { country: 'GB' } };

/** The United States: the National Human Trafficking Hotline with its phone, text and chat. */
export const PhoneTextAndChat: Story = { args: { country: 'US' } };

/** Kenya: no anti-trafficking line is known; its child and gender-based-violence lines are labelled as such, with the directory. */
export const ChildAndViolenceLines: Story = { args: { country: 'KE' } };

/** Antigua and Barbuda: no help line is known, only the emergency number. It shows, with the directory: never an empty card. */
export const EmergencyNumberOnly: Story = { args: { country: 'AG' } };

/** Equatorial Guinea: neither a help line nor an emergency number is known. The card still leads to the directory of help. */
export const DirectoryOnly: Story = { args: { country: 'GQ' } };

/** No `country`: the visitor picks one, by name in the page's language; preselected from the page or browser region. */
export const Picker: Story = { args: {} };

/** `compact`: one discreet line and a button, for pages read on a shared device. */
export const Compact: Story = { args: { country: 'GB', compact: true } };

/**
 * `src`: a partner's own data adds its line before the bundled ones; the emergency number stays first. The sample line
 * here is not a real service (its number is one Ofcom keeps for drama).
 */
export const PartnerData: Story = { args: { country: 'GB', src: PARTNER_DATA } };

/** In Arabic the card runs right to left; the line's English name keeps its own direction. */
export const Arabic: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'ar' },
  args: { country: 'AE' },
};

/** Beside the quick exit, as the example partner page shows it: help first, and a way out. */
export const WithQuickExit: Story = {
  args: { country: 'GB' },
  render: (args) => html`
    <quick-exit no-skip-link href="https://www.bbc.co.uk/weather"></quick-exit>
    ${renderHelp(args)}
  `,
};

/** Themed with the card's own custom properties and the global tokens. */
export const Themed: Story = {
  args: {
    country: 'GB',
    '--cw-color-accent': '#5b2a86',
    '--cw-help-line-background': '#f7f2fb',
    '--cw-help-line-emergency-background': '#8a1c1c',
    '--cw-radius': '0',
  },
};
