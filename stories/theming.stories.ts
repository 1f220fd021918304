import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { partnerSnippet } from '../.storybook/source.js';
import { cssVars } from './controls.js';
import { BRAND, DARK, GLOBAL_TOKENS, themeRule } from './tokens.js';

type ThemeArgs = Record<string, string | undefined>;

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');

/**
 * Every widget, themed by the global tokens set on one element around them (as a partner sets them on a section), on
 * the page's own background.
 */
const renderAll = (args: ThemeArgs, pageBackground: string) => html`
  <div style="background: ${pageBackground}; padding: 1.5em">
    <div class="campaign" style=${cssVars(args)}>
      <div style="display: grid; gap: 1.5em">
        <quick-exit no-skip-link href="https://www.bbc.co.uk/weather"></quick-exit>
        <trafficking-stat stat="ilo-2024-forced-labour-profits"></trafficking-stat>
        <share-card stat="unodc-2024-women-girls-share" url="https://partner.example/campaign" download></share-card>
        <petition-form action="/receiver/sign" goal="10000" count="6240" privacy-url="https://partner.example/privacy">
          <p lang="en">We call on our government to fund survivor services.</p>
        </petition-form>
        <mission-contact country="KE"></mission-contact>
        <help-line country="GB"></help-line>
      </div>
    </div>
  </div>
`;

const meta: Meta<ThemeArgs> = {
  title: 'Theming',
  argTypes: Object.fromEntries(
    GLOBAL_TOKENS.map((token) => [
      token.name,
      { control: token.control, description: token.sets, table: { category: 'global tokens', defaultValue: { summary: token.fallback } } },
    ]),
  ),
  parameters: {
    layout: 'fullscreen',
    docs: {
      // "Show code": the tokens as a CSS rule, and the widgets inside an element with that class.
      source: {
        transform: (code: string, { args }: { args: ThemeArgs }) =>
          `<style>\n${indent(themeRule(args))}\n</style>\n<div class="campaign">\n${indent(partnerSnippet(code))}\n</div>`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<ThemeArgs>;

/** A dark theme from the global tokens alone: no widget's own property is set. The page's own background is `#0d1117`. */
export const Dark: Story = {
  args: { ...DARK },
  render: (args) => renderAll(args, '#0d1117'),
};

/** A partner's brand from the global tokens alone: a deep green, a serif font and square corners. */
export const Brand: Story = {
  args: { ...BRAND },
  render: (args) => renderAll(args, '#f2f7f4'),
};
