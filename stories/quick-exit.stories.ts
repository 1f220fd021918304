import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define.js';
import { attr, cssVars } from './controls.js';

interface QuickExitArgs {
  href?: string;
  sticky?: boolean;
  'safety-url'?: string;
  'skip-link'?: boolean;
  'no-skip-link'?: boolean;
  [customProperty: `--${string}`]: string | undefined;
}

/** The button with every control applied. */
const renderExit = (args: QuickExitArgs): TemplateResult => html`
  <quick-exit
    href=${attr(args.href)}
    safety-url=${attr(args['safety-url'])}
    ?sticky=${args.sticky}
    ?skip-link=${args['skip-link']}
    ?no-skip-link=${args['no-skip-link']}
    style=${cssVars(args)}
  ></quick-exit>
`;

const meta: Meta<QuickExitArgs> = {
  title: 'Widgets/Quick exit',
  component: 'quick-exit',
  tags: ['autodocs'],
  parameters: {
    storybookNote:
      '**In Storybook:** clicking the button (or pressing Shift three times) really leaves: the preview frame is replaced by `href`. Use the reload button of the canvas to come back. The stories set `no-skip-link`, so the skip link a first exit adds to a page stays out of the preview; untick it to see it.',
  },
  args: { href: 'https://www.bbc.co.uk/weather', 'no-skip-link': true },
  render: (args) => renderExit(args),
};
export default meta;

type Story = StoryObj<QuickExitArgs>;

/** The button alone. Its accessible description tells screen-reader users about the Shift shortcut. */
export const Default: Story = {};

/** With a link to guidance on browsing safely. */
export const WithSafetyLink: Story = {
  args: { 'safety-url': 'https://www.womensaid.org.uk/cover-your-tracks-online/' },
};

/** Stays at the top of the window while the page scrolls (scroll the canvas). */
export const Sticky: Story = {
  args: { sticky: true },
  render: (args) => html` ${renderExit(args)} ${Array.from({ length: 30 }, (_, index) => html`<p lang="en">Campaign text, paragraph ${index + 1}.</p>`)} `,
};

/** The skip link the first exit adds at the start of a page: hidden until it has focus. Press Tab to see it. */
export const SkipLink: Story = {
  args: { 'skip-link': true },
};

/** Themed with the button's own custom properties. */
export const Themed: Story = {
  args: {
    '--cw-quick-exit-background': '#1d3557',
    '--cw-quick-exit-radius': '2em',
    '--cw-font-size': '1.125rem',
  },
};
