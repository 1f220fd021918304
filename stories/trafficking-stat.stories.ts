import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { NUMBER_FORMATS } from '../src/core/format.js';
import '../src/define.js';
import { attr, cssVars, selectArgType, statArgType } from './controls.js';

interface StatArgs {
  stat?: string;
  value?: string;
  format?: string;
  currency?: string;
  label?: string;
  source?: string;
  'source-url'?: string;
  year?: string;
  estimate?: boolean;
  animate?: boolean;
  [customProperty: `--${string}`]: string | undefined;
}

/** The widget with every control applied; `content` is the story's own light DOM (a slotted label). */
const renderStat = (args: StatArgs, content?: TemplateResult) => html`
  <trafficking-stat
    stat=${attr(args.stat)}
    value=${attr(args.value)}
    format=${attr(args.format)}
    currency=${attr(args.currency)}
    label=${attr(args.label)}
    source=${attr(args.source)}
    source-url=${attr(args['source-url'])}
    year=${attr(args.year)}
    ?estimate=${args.estimate}
    ?animate=${args.animate}
    style=${cssVars(args)}
    >${content ?? ''}</trafficking-stat
  >
`;

const meta: Meta<StatArgs> = {
  title: 'Widgets/Trafficking stat',
  component: 'trafficking-stat',
  tags: ['autodocs'],
  parameters: {
    storybookNote:
      '**In Storybook:** pick a figure of the bundled catalogue in `stat`, or write your own with `value`, `label` and `source`; every colour and size below is a control.',
  },
  argTypes: {
    stat: statArgType({ 'no-such-stat': 'no-such-stat (not in the catalogue)' }),
    format: selectArgType(NUMBER_FORMATS),
  },
  render: (args) => renderStat(args),
};
export default meta;

type Story = StoryObj<StatArgs>;

/** A catalogue figure: ILO's estimate of yearly profits from forced labour (2024 edition). */
export const FromCatalogue: Story = { args: { stat: 'ilo-2024-forced-labour-profits' } };

/** A share, from the UNODC Global Report 2024 (percentages are fractions in the data). */
export const Percentage: Story = { args: { stat: 'unodc-2024-women-girls-share' } };

/** Counts up once when scrolled into view; shows the final figure at once under reduced motion. */
export const Animated: Story = { args: { stat: 'gems-2022-modern-slavery', animate: true } };

/** A partner's own figure with its own source. */
export const ExplicitFigure: Story = {
  args: {
    value: '4200',
    format: 'number',
    label: 'Survivors supported by our shelters since 2015',
    source: 'Partner annual report',
    'source-url': 'https://example.org/report',
    year: '2025',
  },
};

/** A partner's own figure in euros, compact. */
export const CompactCurrency: Story = {
  args: { value: '1500000', format: 'compact-currency', currency: 'EUR', label: 'Raised for survivor services', source: 'Partner', year: '2025' },
};

/** The label from the default slot, with rich text. */
export const SlottedLabel: Story = {
  args: { stat: 'unodc-2024-children-share' },
  render: (args) => renderStat(args, html`of detected victims are <strong>children</strong>`),
};

/** Themed with the widget's own custom properties (here on the widget; a partner can set them on any ancestor). */
export const Themed: Story = {
  args: {
    stat: 'palermo-protocol-parties',
    '--cw-color-accent': '#0a5c36',
    '--cw-trafficking-stat-value-size': '4em',
    '--cw-trafficking-stat-background': '#eef6f0',
    '--cw-trafficking-stat-padding': '1em',
    '--cw-font-family': 'Georgia, serif',
  },
};

/** Unknown id: no number at all, a console warning and a `cw-error` event. Nothing renders below. */
export const UnknownStat: Story = { args: { stat: 'no-such-stat' } };

/** `value="abc"`: never NaN; nothing renders and `cw-error` fires. */
export const InvalidValue: Story = { args: { value: 'abc', source: 'X' } };

/** `source-url="javascript:…"` is refused: the citation shows without a link. */
export const UnsafeSourceUrl: Story = { args: { value: '10', source: 'Unverified', 'source-url': 'javascript:alert(1)' } };
