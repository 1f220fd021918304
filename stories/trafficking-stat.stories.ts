import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { stats } from '../src/data/stats.js';
import '../src/define.js';

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
}

const meta: Meta<StatArgs> = {
  title: 'Widgets/Trafficking stat',
  component: 'trafficking-stat',
  tags: ['autodocs'],
  argTypes: {
    stat: { control: 'select', options: ['', ...stats.map((entry) => entry.id)] },
    format: { control: 'select', options: ['', 'number', 'percent', 'currency', 'compact', 'compact-currency'] },
    value: { control: 'text' },
    currency: { control: 'text' },
    label: { control: 'text' },
    source: { control: 'text' },
    'source-url': { control: 'text' },
    year: { control: 'text' },
  },
  render: (args) => html`
    <trafficking-stat
      stat=${args.stat || nothing}
      value=${args.value ?? nothing}
      format=${args.format || nothing}
      currency=${args.currency || nothing}
      label=${args.label || nothing}
      source=${args.source || nothing}
      source-url=${args['source-url'] || nothing}
      year=${args.year || nothing}
      ?estimate=${args.estimate}
      ?animate=${args.animate}
    ></trafficking-stat>
  `,
};
export default meta;

type Story = StoryObj<StatArgs>;

/** A catalogue figure: ILO's estimate of yearly profits from forced labour. */
export const FromCatalogue: Story = { args: { stat: 'ilo-2024-forced-labour-profits' } };

/** A share, from the UNODC Global Report (percentages are fractions in the data). */
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

/** Attributes override the catalogue: the same figure in euros, compact. */
export const CompactCurrency: Story = {
  args: { value: '1500000', format: 'compact-currency', currency: 'EUR', label: 'Raised for survivor services', source: 'Partner', year: '2025' },
};

/** The label from the default slot, with rich text. */
export const SlottedLabel: Story = {
  render: () => html`<trafficking-stat stat="unodc-2024-children-share">of detected victims are <strong>children</strong></trafficking-stat>`,
};

/** Themed through custom properties set on an ancestor (a partner can set them on any element around the widget). */
export const Themed: Story = {
  render: () => html`
    <div
      style="--cw-color-accent: #0a5c36; --cw-trafficking-stat-value-size: 4em; --cw-trafficking-stat-background: #eef6f0; --cw-trafficking-stat-padding: 1em; --cw-font-family: Georgia, serif;"
    >
      <trafficking-stat stat="palermo-protocol-parties"></trafficking-stat>
    </div>
  `,
};

/** Unknown id: no number at all, a console warning and a `cw-error` event. Nothing renders below. */
export const UnknownStat: Story = { args: { stat: 'no-such-stat' } };

/** `value="abc"`: never NaN; nothing renders and `cw-error` fires. */
export const InvalidValue: Story = { args: { value: 'abc', source: 'X' } };

/** `source-url="javascript:…"` is refused: the citation shows without a link. */
export const UnsafeSourceUrl: Story = { args: { value: '10', source: 'Unverified', 'source-url': 'javascript:alert(1)' } };
