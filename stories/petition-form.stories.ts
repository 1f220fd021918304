import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import '../src/widgets/petition-form/petition-form.define.js';
import type { PetitionForm } from '../src/widgets/petition-form/petition-form.js';
import { playInPlace } from '../.storybook/docs-play.js';
import { FIELD_KEYS } from '../src/widgets/petition-form/fields.js';
import { FORMATS } from '../src/widgets/petition-form/parse.js';
import { attr, checkArgType, cssVars, selectArgType, spaced } from './controls.js';

interface PetitionArgs {
  action?: string;
  format?: string;
  method?: string;
  fields?: string[];
  required?: string[];
  goal?: string;
  count?: string;
  'count-src'?: string;
  'privacy-url'?: string;
  consent?: string;
  tags?: string;
  'source-code'?: string;
  persist?: boolean;
  autofill?: boolean;
  [customProperty: `--${string}`]: string | undefined;
}

/** The partner's own words above the form and after signing (English: the sample copy is marked so). */
const ASKS = html`<p lang="en">
  We call on our government to fund survivor services and to support the full implementation of the UN Global Plan of Action against trafficking in persons.
</p>`;
const AFTER = html`<p slot="after" lang="en">Thank you. Now ask two friends to sign: every signature counts.</p>`;

/** The form with every control applied. */
const renderPetition = (args: PetitionArgs) => html`
  <petition-form
    action=${attr(args.action)}
    format=${attr(args.format)}
    method=${attr(args.method)}
    fields=${spaced(args.fields)}
    required=${spaced(args.required, { empty: true })}
    goal=${attr(args.goal)}
    count=${attr(args.count)}
    count-src=${attr(args['count-src'])}
    privacy-url=${attr(args['privacy-url'])}
    consent=${attr(args.consent)}
    tags=${attr(args.tags)}
    source-code=${attr(args['source-code'])}
    ?persist=${args.persist}
    ?autofill=${args.autofill}
    style=${cssVars(args)}
  >
    ${ASKS} ${AFTER}
  </petition-form>
`;

const meta: Meta<PetitionArgs> = {
  title: 'Widgets/Petition form',
  component: 'petition-form',
  tags: ['autodocs'],
  parameters: {
    storybookNote: [
      '**In Storybook:** the stories send signatures to `/receiver/sign` on the Storybook\'s own address. Under `npm start` that is the self-hosted signature receiver (scripts/serve.mjs forwards `/receiver/` to the demo receiver it starts), so signing really completes. In `npm run storybook` or a Storybook hosted elsewhere nothing receives signatures there: the form then shows its own message, "Your signature could not be sent because of a problem with the petition service, not your details". No story sends anything to a third party.',
      "The state stories (errors, sending, thank-you) get there on their own after rendering, on their own page and here. Each step shows as `cw-petition-submit`, `cw-petition-success` or `cw-petition-error` in the Actions panel of a story's own page.",
    ].join('\n\n'),
  },
  args: {
    action: '/receiver/sign',
    goal: '10000',
    count: '6240',
    'privacy-url': 'https://partner.example/privacy',
    consent: 'Keep me informed about this campaign by email.',
  },
  argTypes: {
    format: selectArgType(FORMATS),
    method: selectArgType(['POST', 'PUT']),
    fields: checkArgType(FIELD_KEYS),
    required: checkArgType(FIELD_KEYS),
  },
  render: (args) => renderPetition(args),
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
  args: { fields: [...FIELD_KEYS], required: ['email', 'phone'] },
};

/** The goal is reached: the bar shows the next milestone (the goal doubled). */
export const GoalReached: Story = { args: { count: '12480', goal: '10000' } };

/** No counter, no opt-in offered: the petition is signed without joining any list. */
export const Minimal: Story = { args: { fields: ['given-name', 'email'], count: '', goal: '', consent: '' } };

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

/** Themed with the form's own custom properties and the global tokens. */
export const Themed: Story = {
  args: {
    count: '820',
    goal: '1000',
    consent: 'Send me news from the coalition.',
    '--cw-color-accent': '#0a5c36',
    '--cw-radius': '0',
    '--cw-font-family': 'Georgia, serif',
    '--cw-petition-form-background': '#f3f8f4',
  },
};
