import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define.js';
import '../src/widgets/mission-contact/mission-contact.define.js';
import { attr, countryArgType, cssVars } from './controls.js';

interface MissionArgs {
  country?: string;
  src?: string;
  subject?: string;
  message?: string;
  'report-url'?: string;
  'heading-level'?: number;
  [customProperty: `--${string}`]: string | undefined;
}

/** The card with every control applied; `content` is the story's own light DOM (a call script). */
const renderMission = (args: MissionArgs, content?: TemplateResult) => html`
  <mission-contact
    country=${attr(args.country)}
    src=${attr(args.src)}
    subject=${attr(args.subject)}
    message=${attr(args.message)}
    report-url=${attr(args['report-url'])}
    heading-level=${attr(args['heading-level'])}
    style=${cssVars(args)}
  >
    ${content ?? nothing}
  </mission-contact>
`;

const meta: Meta<MissionArgs> = {
  title: 'Widgets/Mission contact',
  component: 'mission-contact',
  tags: ['autodocs'],
  parameters: {
    storybookNote:
      "**In Storybook:** the mission data loads from beside the script when the first card appears. Links really work: `tel:` opens the phone app, `mailto:` the mail app with the message ready. Each use shows as `cw-contact` in the Actions panel of a story's own page.",
  },
  argTypes: {
    country: countryArgType({ ZZ: 'ZZ (not a country)' }),
    message: { control: 'text' },
  },
  render: (args) => renderMission(args),
};
export default meta;

type Story = StoryObj<MissionArgs>;

/** Kenya: phone, email, address and website, some from older pages (marked), and its Palermo Protocol date: the ask is to implement the Protocol. */
export const WithContactData: Story = { args: { country: 'KE', 'report-url': 'https://example.org/report-wrong-contact' } };

/** United Kingdom: only a postal address is known, so the message is a letter ready to copy, headed with the address. */
export const AddressOnly: Story = { args: { country: 'GB' } };

/** France: only the mission's website is known: "Contact the mission through its website". */
export const WebsiteOnly: Story = { args: { country: 'FR' } };

/** Brazil: no contact details yet. The card still names the mission, gives the message to copy and links to the UN directory. */
export const WithoutContactData: Story = { args: { country: 'BR' } };

/** Tuvalu is not a party to the Protocol (a sourced status): the card says so and the message asks the government to accede. */
export const NotAParty: Story = { args: { country: 'TV' } };

/** The Republic of the Congo signed the Protocol but has not ratified it: the message asks for ratification. */
export const SignatoryOnly: Story = { args: { country: 'CG' } };

/** No source established Samoa's status here, so the card says nothing about it (never "not a party") and the ask claims neither. */
export const PalermoUnknown: Story = { args: { country: 'WS' } };

/** No `country`: the visitor picks one, by name in the page's language; preselected from the page or browser region. */
export const Picker: Story = { args: {} };

/** Partner templates for the email: `{country}` and `{mission}` are filled in. */
export const CustomMessage: Story = {
  args: {
    country: 'KE',
    subject: '{country}: support the survivors of trafficking',
    message: 'Dear {mission},\n\nPlease ask {country} to fund survivor shelters this year.\n\nThank you.',
  },
};

/** A call script in the `script` slot replaces the default message; the copy button copies it. */
export const CallScript: Story = {
  args: { country: 'KE' },
  render: (args) =>
    renderMission(
      args,
      html`<div slot="script" lang="en">
        <p>Hello, I am calling to ask the mission to support the UN Global Plan of Action against trafficking in persons.</p>
        <p>Could you pass this message to the Permanent Representative? Thank you.</p>
      </div>`,
    ),
};

/** Themed with the card's own custom properties. */
export const Themed: Story = {
  args: {
    country: 'KE',
    '--cw-color-accent': '#0a5c36',
    '--cw-mission-contact-background': '#f3f8f5',
    '--cw-mission-contact-border-color': '#0a5c36',
    '--cw-radius': '0',
    '--cw-font-family': 'Georgia, serif',
  },
};

/** `country="ZZ"`: not a member state. A console warning, and the picker instead. */
export const UnknownCountry: Story = { args: { country: 'ZZ' } };

/** A partner `src` that cannot be loaded: a console warning and `cw-error`, and the bundled data is shown. */
export const BrokenPartnerData: Story = { args: { country: 'KE', src: 'https://example.invalid/missions.json' } };
