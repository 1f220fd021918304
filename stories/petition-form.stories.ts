import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import '../src/widgets/petition-form/petition-form.define.js';
import type { PetitionForm } from '../src/widgets/petition-form/petition-form.js';
import { playInPlace } from '../.storybook/docs-play.js';

interface PetitionArgs {
  action?: string;
  format?: string;
  method?: string;
  fields?: string;
  required?: string;
  goal?: string;
  count?: string;
  'count-src'?: string;
  'privacy-url'?: string;
  consent?: string;
  tags?: string;
  'source-code'?: string;
  persist?: boolean;
}

const ASKS = html`<p>
  We call on our government to fund survivor services and to support the full implementation of the UN Global Plan of Action against trafficking in persons.
</p>`;

/**
 * Under `npm start` the default `action` (`/receiver/sign`) reaches the self-hosted signature receiver that npm start
 * runs (scripts/serve.mjs forwards /receiver/ to it), so signing really completes; elsewhere (the Storybook dev
 * server, a hosted Storybook) nothing answers there and the form shows its refusal message. The state stories
 * (errors, sending, offline, thank-you) get there on their own after rendering, on their own page and on the Docs
 * page alike (`docs.story.autoplay` in .storybook/preview.ts runs their play functions there too).
 */
const meta: Meta<PetitionArgs> = {
  title: 'Widgets/Petition form',
  component: 'petition-form',
  tags: ['autodocs'],
  args: {
    action: '/receiver/sign',
    goal: '10000',
    count: '6240',
    'privacy-url': 'https://partner.example/privacy',
    consent: 'Keep me informed about this campaign by email.',
  },
  argTypes: {
    action: { control: 'text' },
    format: { control: 'select', options: ['', 'json', 'form', 'osdi'] },
    method: { control: 'select', options: ['', 'POST', 'PUT'] },
    fields: { control: 'text' },
    required: { control: 'text' },
    goal: { control: 'text' },
    count: { control: 'text' },
    'count-src': { control: 'text' },
    'privacy-url': { control: 'text' },
    consent: { control: 'text' },
    tags: { control: 'text' },
    'source-code': { control: 'text' },
  },
  render: (args) => html`
    <petition-form
      action=${args.action || nothing}
      format=${args.format || nothing}
      method=${args.method || nothing}
      fields=${args.fields || nothing}
      required=${args.required ?? nothing}
      goal=${args.goal || nothing}
      count=${args.count || nothing}
      count-src=${args['count-src'] || nothing}
      privacy-url=${args['privacy-url'] || nothing}
      consent=${args.consent || nothing}
      tags=${args.tags || nothing}
      source-code=${args['source-code'] || nothing}
      ?persist=${args.persist}
    >
      ${ASKS}
      <p slot="after">Thank you. Now ask two friends to sign: every signature counts.</p>
    </petition-form>
  `,
};
export default meta;

type Story = StoryObj<PetitionArgs>;

const form = (canvas: HTMLElement) => canvas.querySelector('petition-form') as PetitionForm;

/** Fills the fields as browser autofill does. */
function fill(el: PetitionForm): void {
  const values: Record<string, string> = { 'given-name': 'Ada', 'family-name': 'Lovelace', email: 'ada@example.org', country: 'GB' };
  for (const [id, value] of Object.entries(values)) {
    const input = el.shadowRoot!.getElementById(id) as HTMLInputElement | null;
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** Submits the form from a story, without the minimum fill time meant for bots. */
async function sign(el: PetitionForm): Promise<void> {
  await el.updateComplete;
  el.minFillTime = 0;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

/** The default fields (first name, last name, email, country), the opt-in, the privacy link and the counter. */
export const Default: Story = {};

/** Every field: postal code and phone too, with email and phone required. */
export const AllFields: Story = {
  args: { fields: 'given-name family-name email country postal-code phone', required: 'email phone' },
};

/** The goal is reached: the bar shows the next milestone (the goal doubled). */
export const GoalReached: Story = { args: { count: '12480', goal: '10000' } };

/** No counter, no opt-in offered: the petition is signed without joining any list. */
export const Minimal: Story = { args: { fields: 'given-name email', count: '', goal: '', consent: '' } };

/** Submitted empty: our messages under each field, the summary in the live region, focus on the first field. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement, viewMode }) => {
    const el = form(canvasElement);
    await playInPlace(viewMode, el, () => sign(el));
  },
};

/** Sending: the partner's own handler took the signature (cancelled `cw-petition-submit`) and has not answered yet. */
export const Sending: Story = {
  play: async ({ canvasElement, viewMode }) => {
    const el = form(canvasElement);
    el.addEventListener('cw-petition-submit', (event) => event.preventDefault());
    await playInPlace(viewMode, el, async () => {
      await el.updateComplete;
      fill(el);
      await sign(el);
    });
  },
};

/** Offline: the signature waits on the page and is sent when the connection returns (here: an `offline` event). */
export const Offline: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    fill(el);
    await sign(el);
  },
};

/** Signed: the thank-you with the `after` slot (put a `<share-card>` there); the counter includes the new signature. */
export const ThankYou: Story = {
  play: async ({ canvasElement, viewMode }) => {
    const el = form(canvasElement);
    el.addEventListener('cw-petition-submit', (event) => {
      event.preventDefault();
      queueMicrotask(() => el.finishSubmission(true));
    });
    await playInPlace(viewMode, el, async () => {
      await el.updateComplete;
      fill(el);
      await sign(el);
    });
  },
};

/** Themed with custom properties set on an ancestor. */
export const Themed: Story = {
  render: () => html`
    <div style="--cw-color-accent: #0a5c36; --cw-radius: 0; --cw-font-family: Georgia, serif; --cw-petition-form-background: #f3f8f4;">
      <petition-form action="/receiver/sign" count="820" goal="1000" consent="Send me news from the coalition.">${ASKS}</petition-form>
    </div>
  `,
};
