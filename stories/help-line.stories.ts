import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';

interface HelpLineArgs {
  country?: string;
  src?: string;
  compact?: boolean;
}

/**
 * The help-line dataset loads from beside the script when the first `<help-line>` appears. Links really work: `tel:`
 * opens the phone app, `sms:` the messages app. Every value says where and when it was read.
 */
const meta: Meta<HelpLineArgs> = {
  title: 'Widgets/Help line',
  component: 'help-line',
  tags: ['autodocs'],
  argTypes: {
    country: { control: 'text' },
    src: { control: 'text' },
    compact: { control: 'boolean' },
  },
  render: (args) => html`<help-line country=${args.country || nothing} src=${args.src || nothing} ?compact=${args.compact}></help-line>`,
};
export default meta;

type Story = StoryObj<HelpLineArgs>;

/** The United Kingdom: the emergency number first, then the Modern Slavery & Exploitation Helpline, free, confidential, 24/7. */
export const NationalLine: Story = { args: { country: 'GB' } };

/** The United States: the National Human Trafficking Hotline with its phone, text and chat. */
export const PhoneTextAndChat: Story = { args: { country: 'US' } };

/** Kenya: no anti-trafficking line is known; its child and gender-based-violence lines are labelled as such, with the directory. */
export const ChildAndViolenceLines: Story = { args: { country: 'KE' } };

/** Antigua and Barbuda: no line is known (December 2026). The emergency number and the directory still show: never an empty card. */
export const EmergencyNumberOnly: Story = { args: { country: 'AG' } };

/** No `country`: the visitor picks one, by name in the page's language; preselected from the page or browser region. */
export const Picker: Story = { args: {} };

/** `compact`: one discreet line and a button, for pages read on a shared device. */
export const Compact: Story = { args: { country: 'GB', compact: true } };

/** Beside the quick exit, as the example partner page shows it: help first, and a way out. */
export const WithQuickExit: Story = {
  render: () => html`
    <quick-exit no-skip-link href="https://www.bbc.co.uk/weather"></quick-exit>
    <help-line country="GB"></help-line>
  `,
};

/** Themed through custom properties on an ancestor. */
export const Themed: Story = {
  render: () => html`
    <div style="--cw-color-accent: #5b2a86; --cw-help-line-background: #f7f2fb; --cw-help-line-emergency-background: #8a1c1c; --cw-radius: 0;">
      <help-line country="GB"></help-line>
    </div>
  `,
};
