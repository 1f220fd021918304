import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';

interface QuickExitArgs {
  href?: string;
  sticky?: boolean;
  'safety-url'?: string;
  'skip-link'?: boolean;
}

/**
 * Clicking the button (or pressing Shift three times) really leaves: the preview frame is replaced by `href`.
 * Use the reload button of the canvas to come back.
 */
const meta: Meta<QuickExitArgs> = {
  title: 'Widgets/Quick exit',
  component: 'quick-exit',
  tags: ['autodocs'],
  args: { href: 'https://www.bbc.co.uk/weather' },
  argTypes: {
    href: { control: 'text' },
    'safety-url': { control: 'text' },
  },
  render: (args) => html`
    <quick-exit
      href=${args.href || nothing}
      safety-url=${args['safety-url'] || nothing}
      ?sticky=${args.sticky}
      ?skip-link=${args['skip-link']}
      no-skip-link
    ></quick-exit>
  `,
};
export default meta;

type Story = StoryObj<QuickExitArgs>;

/** The button alone. Its accessible description tells screen-reader users about the Shift shortcut. */
export const Default: Story = {};

/** With a link to guidance on browsing safely. */
export const WithSafetyLink: Story = {
  args: { 'safety-url': 'https://www.womensaid.org.uk/cover-your-tracks-online/' },
};

/** Stays at the top of the window while the page scrolls. */
export const Sticky: Story = {
  args: { sticky: true },
  render: (args) => html`
    <quick-exit href=${args.href || nothing} sticky no-skip-link></quick-exit>
    ${Array.from({ length: 30 }, (_, index) => html`<p>Campaign text, paragraph ${index + 1}.</p>`)}
  `,
};

/** The skip link the first exit adds at the start of a page: hidden until it has focus. Press Tab to see it. */
export const SkipLink: Story = {
  args: { 'skip-link': true },
};

/** Themed with custom properties. */
export const Themed: Story = {
  render: (args) => html`
    <style>
      .themed {
        --cw-quick-exit-background: #1d3557;
        --cw-quick-exit-radius: 2em;
        --cw-font-size: 1.125rem;
      }
    </style>
    <quick-exit class="themed" href=${args.href || nothing} no-skip-link></quick-exit>
  `,
};
