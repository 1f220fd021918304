import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { NETWORKS } from '../src/widgets/share-card/networks.js';
import '../src/define.js';
import '../src/widgets/share-card/share-card.define.js';
import { playInPlace } from '../.storybook/docs-play.js';
import { attr, checkArgType, cssVars, spaced, statArgType } from './controls.js';

interface ShareCardArgs {
  stat?: string;
  text?: string;
  url?: string;
  hashtags?: string;
  networks?: string[];
  download?: boolean;
  'utm-source'?: string;
  'utm-medium'?: string;
  'utm-campaign'?: string;
  [customProperty: `--${string}`]: string | undefined;
}

/** A picture made in place (no request leaves Storybook): a warm gradient with a sun. */
const PICTURE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><defs><linearGradient id="g"><stop offset="0" stop-color="#2b3a4a"/><stop offset="1" stop-color="#a8603c"/></linearGradient></defs><rect width="400" height="300" fill="url(#g)"/><circle cx="200" cy="150" r="70" fill="#ffcf66"/></svg>',
  );

type CardElement = HTMLElement & { updateComplete: Promise<unknown> };

/** The card in a story's canvas, once rendered. */
async function cardIn(canvasElement: HTMLElement): Promise<CardElement> {
  const card = canvasElement.querySelector<CardElement>('share-card')!;
  await card.updateComplete;
  return card;
}

/** Presses the Mastodon button and waits for the form, whose code loads on the first press. */
async function openMastodon(card: CardElement): Promise<HTMLFormElement> {
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action-mastodon"]')!.click();
  for (let tries = 0; tries < 100 && !card.shadowRoot!.querySelector('form:not([hidden])'); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  await card.updateComplete;
  return card.shadowRoot!.querySelector('form')!;
}

/** The card with every control applied; `content` is the story's own light DOM (slots). */
const renderCard = (args: ShareCardArgs, content?: TemplateResult) => html`
  <share-card
    stat=${attr(args.stat)}
    text=${attr(args.text)}
    url=${attr(args.url)}
    hashtags=${attr(args.hashtags)}
    networks=${spaced(args.networks)}
    utm-source=${attr(args['utm-source'])}
    utm-medium=${attr(args['utm-medium'])}
    utm-campaign=${attr(args['utm-campaign'])}
    ?download=${args.download}
    style=${cssVars(args)}
  >
    ${content ?? nothing}
  </share-card>
`;

const meta: Meta<ShareCardArgs> = {
  title: 'Widgets/Share card',
  component: 'share-card',
  tags: ['autodocs'],
  parameters: {
    storybookNote:
      '**In Storybook:** share links open the real networks in a new tab. "Share…" (the device\'s share sheet) appears only in browsers that have one (phones, Windows, macOS, ChromeOS), so it is missing on most desktop Linux browsers. Each share shows as `cw-share` in the Actions panel of a story\'s own page.',
  },
  args: { url: 'https://partner.example/campaign' },
  argTypes: {
    stat: statArgType({ 'no-such-stat': 'no-such-stat (not in the catalogue)' }),
    networks: checkArgType(NETWORKS),
  },
  render: (args) => renderCard(args),
};
export default meta;

type Story = StoryObj<ShareCardArgs>;

/** What a partner gets from two attributes: a catalogue figure, its label, a linked source and the default share actions. */
export const FromCatalogue: Story = { args: { stat: 'unodc-2024-women-girls-share' } };

/** With hashtags (added to the X link as `hashtags`, to the text elsewhere) and the "Save image" buttons. */
export const WithSaveImage: Story = { args: { stat: 'ilo-2024-forced-labour-profits', hashtags: 'EndTrafficking', download: true } };

/** Every network, Mastodon included (opt-in: the visitor types their own server). */
export const EveryNetwork: Story = {
  args: { stat: 'gems-2022-modern-slavery', networks: [...NETWORKS], download: true },
};

/** The Mastodon form, opened: the server is checked as a host name, used once and never stored. */
export const MastodonForm: Story = {
  args: { stat: 'gems-2022-forced-marriage', networks: ['mastodon', 'copy'] },
  play: async ({ canvasElement, viewMode }) => {
    const card = await cardIn(canvasElement);
    await playInPlace(viewMode, card, async () => void (await openMastodon(card)));
  },
};

/** What the visitor sees after typing something that is not a server address. */
export const MastodonError: Story = {
  args: { stat: 'gems-2022-forced-marriage', networks: ['mastodon', 'copy'] },
  play: async ({ canvasElement, viewMode }) => {
    const card = await cardIn(canvasElement);
    await playInPlace(viewMode, card, async () => {
      const form = await openMastodon(card);
      form.querySelector('input')!.value = 'my server';
      form.requestSubmit();
    });
  },
};

/** An image in the `image` slot: beside the text on a wide card, above it on a narrow one; drawn into saved images too. */
export const WithImage: Story = {
  args: { stat: 'unodc-2024-children-share', download: true },
  render: (args) => renderCard(args, html`<img slot="image" alt="" src=${PICTURE} />`),
};

/**
 * Content from slots instead of the catalogue: a headline and rich text, the partner's own words (UNODC, Global
 * Report on Trafficking in Persons 2024: 38% of detected victims are children). The shared text is taken from them.
 */
export const FromSlots: Story = {
  args: { hashtags: 'EndTrafficking', download: true },
  render: (args) =>
    renderCard(args, html`<span slot="headline" lang="en">38%</span> <span lang="en">of detected victims of trafficking are <strong>children</strong>.</span>`),
};

/** A partner's own text to share, different from what the card shows. */
export const CustomShareText: Story = {
  args: {
    stat: 'palermo-protocol-parties',
    text: 'Has your country ratified the UN Trafficking in Persons Protocol? Check and share.',
    hashtags: 'EndTrafficking',
  },
};

/** The narrowest supported width, 280 px: actions wrap, the image goes on top. */
export const Narrow: Story = {
  args: { stat: 'unodc-2024-women-girls-share', download: true },
  render: (args) => html`<div style="inline-size: 280px">${renderCard(args, html`<img slot="image" alt="" src=${PICTURE} />`)}</div>`,
};

/**
 * The card stops growing at 50em, 800 px at the default size (`--cw-share-card-max-width`): on this story's own page
 * the frame is wider than that; on the Docs page it is narrower, and the card fits it.
 */
export const Wide: Story = {
  args: { stat: 'ilo-2024-forced-labour-profits', download: true },
  render: (args) => html`<div style="inline-size: min(1000px, 100%)">${renderCard(args, html`<img slot="image" alt="" src=${PICTURE} />`)}</div>`,
};

/** Themed with the card's own custom properties; "Save image" uses the same colours and fonts. */
export const Themed: Story = {
  args: {
    stat: 'gems-2022-modern-slavery',
    download: true,
    '--cw-share-card-background': '#0a2540',
    '--cw-share-card-color': '#f6f8fa',
    '--cw-share-card-headline-color': '#ffd166',
    '--cw-share-card-source-color': '#d0d7de',
    '--cw-share-card-border': 'none',
    '--cw-share-card-radius': '0',
    '--cw-font-family': 'Georgia, serif',
  },
};

/** In Arabic the whole card mirrors, and so does the saved image. */
export const Arabic: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'ar' },
  args: { stat: 'unodc-2024-women-girls-share', download: true },
};

/** UTM parameters are added to the shared link only when set; `{network}` becomes the network's name. */
export const WithUtm: Story = {
  args: { stat: 'unodc-2024-detection-rise', 'utm-source': '{network}', 'utm-medium': 'social', 'utm-campaign': 'world-day-2026' },
};

/** No content at all: no empty boxes, no image to save; the actions share the page itself. */
export const NoContent: Story = { args: { url: '', download: true } };

/** Unknown `stat`: no figure, a `cw-error` event and a console warning; the card's own text still shows. */
export const UnknownStat: Story = { args: { stat: 'no-such-stat', text: 'Trafficking happens in every country.' } };

/** Unknown networks are dropped with one warning; an unsafe `url` falls back to the page's address with a warning. */
export const BadInput: Story = {
  args: { stat: 'unodc-2024-children-share', networks: ['x', 'myspace', 'facebook', 'copy'], url: 'javascript:alert(1)', hashtags: 'End Trafficking, ok' },
  argTypes: { networks: checkArgType([...NETWORKS, 'myspace']) },
};
