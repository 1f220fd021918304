import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import '../src/widgets/mission-contact/mission-contact.define.js';

interface MissionArgs {
  country?: string;
  src?: string;
  subject?: string;
  message?: string;
  'report-url'?: string;
}

/**
 * The mission dataset loads from beside the script when the first `<mission-contact>` appears. Links really work:
 * `tel:` opens the phone app, `mailto:` the mail app with the message ready.
 */
const meta: Meta<MissionArgs> = {
  title: 'Widgets/Mission contact',
  component: 'mission-contact',
  tags: ['autodocs'],
  argTypes: {
    country: { control: 'text' },
    src: { control: 'text' },
    subject: { control: 'text' },
    message: { control: 'text' },
    'report-url': { control: 'text' },
  },
  render: (args) => html`
    <mission-contact
      country=${args.country || nothing}
      src=${args.src || nothing}
      subject=${args.subject || nothing}
      message=${args.message || nothing}
      report-url=${args['report-url'] || nothing}
    ></mission-contact>
  `,
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
  render: () => html`
    <mission-contact country="KE">
      <div slot="script">
        <p>Hello, I am calling to ask the mission to support the UN Global Plan of Action against trafficking in persons.</p>
        <p>Could you pass this message to the Permanent Representative? Thank you.</p>
      </div>
    </mission-contact>
  `,
};

/** Themed through custom properties on an ancestor. */
export const Themed: Story = {
  render: () => html`
    <div
      style="--cw-color-accent: #0a5c36; --cw-mission-contact-background: #f3f8f5; --cw-mission-contact-border-color: #0a5c36; --cw-radius: 0; --cw-font-family: Georgia, serif;"
    >
      <mission-contact country="KE"></mission-contact>
    </div>
  `,
};

/** `country="ZZ"`: not a member state. A console warning, and the picker instead. */
export const UnknownCountry: Story = { args: { country: 'ZZ' } };

/** A partner `src` that cannot be loaded: a console warning and `cw-error`, and the bundled data is shown. */
export const BrokenPartnerData: Story = { args: { country: 'KE', src: 'https://example.invalid/missions.json' } };
