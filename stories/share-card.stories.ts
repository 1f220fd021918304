import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { stats } from '../src/data/stats.js';
import { NETWORKS } from '../src/widgets/share-card/networks.js';
import '../src/define.js';
import '../src/widgets/share-card/share-card.define.js';
import { playInPlace } from '../.storybook/docs-play.js';

interface ShareCardArgs {
  stat?: string;
  text?: string;
  url?: string;
  hashtags?: string;
  networks?: string;
  download?: boolean;
  'utm-source'?: string;
  'utm-medium'?: string;
  'utm-campaign'?: string;
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

/**
 * Share links open the real networks in a new tab when clicked. "Share…" (the device's share sheet) appears only in
 * browsers that have one (phones, Windows, macOS, ChromeOS), so it is missing on most desktop Linux browsers.
 */
const meta: Meta<ShareCardArgs> = {
  title: 'Widgets/Share card',
  component: 'share-card',
  tags: ['autodocs'],
  args: { url: 'https://partner.example/campaign' },
  argTypes: {
    stat: { control: 'select', options: ['', ...stats.map((entry) => entry.id)] },
    text: { control: 'text' },
    url: { control: 'text' },
    hashtags: { control: 'text' },
    networks: { control: 'text', description: `Space-separated, in order: ${NETWORKS.join(' ')}` },
    'utm-source': { control: 'text' },
    'utm-medium': { control: 'text' },
    'utm-campaign': { control: 'text' },
  },
  render: (args) => html`
    <share-card
      stat=${args.stat || nothing}
      text=${args.text || nothing}
      url=${args.url || nothing}
      hashtags=${args.hashtags || nothing}
      networks=${args.networks || nothing}
      utm-source=${args['utm-source'] || nothing}
      utm-medium=${args['utm-medium'] || nothing}
      utm-campaign=${args['utm-campaign'] || nothing}
      ?download=${args.download}
    ></share-card>
  `,
};
export default meta;

type Story = StoryObj<ShareCardArgs>;

/** What a partner gets from two attributes: a catalogue figure, its label, a linked source and the default share actions. */
export const FromCatalogue: Story = { args: { stat: 'unodc-2024-women-girls-share' } };

/** With hashtags (added to the X link as `hashtags`, to the text elsewhere) and the "Save image" buttons. */
export const WithSaveImage: Story = { args: { stat: 'ilo-2024-forced-labour-profits', hashtags: 'EndTrafficking', download: true } };

/** Every network, Mastodon included (opt-in: the visitor types their own server). */
export const EveryNetwork: Story = {
  args: { stat: 'gems-2022-modern-slavery', networks: 'native x facebook whatsapp linkedin telegram bluesky mastodon email copy', download: true },
};

/** The Mastodon form, opened: the server is checked as a host name, used once and never stored. */
export const MastodonForm: Story = {
  args: { stat: 'gems-2022-forced-marriage', networks: 'mastodon copy' },
  play: async ({ canvasElement, viewMode }) => {
    const card = await cardIn(canvasElement);
    await playInPlace(viewMode, card, async () => void (await openMastodon(card)));
  },
};

/** What the visitor sees after typing something that is not a server address. */
export const MastodonError: Story = {
  args: { stat: 'gems-2022-forced-marriage', networks: 'mastodon copy' },
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
  render: () => html`
    <share-card stat="unodc-2024-children-share" url="https://partner.example/campaign" download>
      <img slot="image" alt="" src=${PICTURE} />
    </share-card>
  `,
};

/** Content from slots instead of the catalogue: a headline and rich text. The shared text is taken from them. */
export const FromSlots: Story = {
  render: () => html`
    <share-card url="https://partner.example/campaign" hashtags="EndTrafficking" download>
      <span slot="headline">1 in 4</span>
      victims of modern slavery are <strong>children</strong>.
    </share-card>
  `,
};

/** A partner's own text to share, different from what the card shows. */
export const CustomShareText: Story = {
  args: { stat: 'palermo-protocol-parties', text: 'Has your country ratified the UN Trafficking Protocol? Check and share.', hashtags: 'Palermo20' },
};

/** The narrowest supported width, 280 px: actions wrap, the image goes on top. */
export const Narrow: Story = {
  render: () => html`
    <div style="inline-size: 280px">
      <share-card stat="unodc-2016-women-girls-share" url="https://partner.example/campaign" download><img slot="image" alt="" src=${PICTURE} /></share-card>
    </div>
  `,
};

/** The widest, 800 px (the card stops growing there: `--cw-share-card-max-width`). */
export const Wide: Story = {
  render: () => html`
    <div style="inline-size: 1000px">
      <share-card stat="ilo-2014-forced-labour-profits" url="https://partner.example/campaign" download><img slot="image" alt="" src=${PICTURE} /></share-card>
    </div>
  `,
};

/** Themed through custom properties on an ancestor; "Save image" uses the same colours and fonts. */
export const Themed: Story = {
  render: () => html`
    <div
      style="--cw-share-card-background: #0a2540; --cw-share-card-color: #f6f8fa; --cw-share-card-headline-color: #ffd166; --cw-share-card-source-color: #d0d7de; --cw-share-card-border: none; --cw-share-card-radius: 0; --cw-font-family: Georgia, serif;"
    >
      <share-card stat="gems-2022-modern-slavery" url="https://partner.example/campaign" download></share-card>
    </div>
  `,
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
  args: { stat: 'unodc-2016-children-share', networks: 'x myspace facebook copy', url: 'javascript:alert(1)', hashtags: 'End Trafficking, ok' },
};
