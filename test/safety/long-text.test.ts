/**
 * Text a page author cannot foresee the length of (a pasted URL, a word in a language without spaces, a figure a
 * typo made huge) must wrap inside the widget: on a phone, one widget wider than the screen makes the whole partner
 * page scroll sideways.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { setLocale } from '../../src/core/localization.js';
import { serveJson } from '../helpers/json-echo.js';

const PHONE_WIDTH = 320;
/** 600 characters without a break opportunity: wider than any screen in every font. */
const UNBROKEN = 'x'.repeat(600);

/** Renders the widget in a phone-wide column and waits until it has drawn its content. */
async function inPhoneColumn(widget: TemplateResult, width = PHONE_WIDTH): Promise<{ column: HTMLElement; el: HTMLElement }> {
  const column = await fixture<HTMLElement>(html`<div style="width: ${width}px">${widget}</div>`);
  const el = column.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  await waitUntil(() => (el.shadowRoot?.textContent ?? '').trim() !== '', `<${el.localName}> renders`);
  return { column, el };
}

/** The widest thing drawn inside the widget's shadow root, in CSS pixels. */
function widestInside(el: HTMLElement): number {
  let widest = el.getBoundingClientRect().width;
  for (const node of el.shadowRoot!.querySelectorAll('*')) widest = Math.max(widest, node.getBoundingClientRect().right - el.getBoundingClientRect().left);
  return widest;
}

const cases: [string, TemplateResult][] = [
  ['a statistic with a huge figure', html`<trafficking-stat value="1e308" label="Victims" source="ILO" year="2024"></trafficking-stat>`],
  [
    'a statistic with an unbroken label, source and year',
    html`<trafficking-stat value="5" label=${UNBROKEN} source=${UNBROKEN} year=${UNBROKEN}></trafficking-stat>`,
  ],
  ['a share card with an unbroken text', html`<share-card text=${UNBROKEN} url="https://partner.example/campaign"></share-card>`],
  ['a share card with unbroken hashtags', html`<share-card stat="gems-2022-modern-slavery" hashtags=${UNBROKEN}></share-card>`],
  [
    'a petition with an unbroken consent text and a huge count',
    html`<petition-form action="/__requests/none" consent=${UNBROKEN} count="1e15" goal="1e15"></petition-form>`,
  ],
  ['a mission card with an unbroken call script', html`<mission-contact country="KE" message=${UNBROKEN}></mission-contact>`],
];

/** A partner's help line whose every text is one unbroken word. */
const unbrokenLine = {
  id: 'gb-unbroken',
  kind: 'trafficking',
  name: UNBROKEN,
  operator: UNBROKEN,
  phone: '+44 20 7946 0000',
  tel: '+442079460000',
  hours: UNBROKEN,
  sources: [{ label: UNBROKEN, url: `https://partner.example/${UNBROKEN}` }],
  retrieved: '2026-12-01',
};

describe('long text wraps inside the widget on a phone-wide page', () => {
  const expectInside = ({ column, el }: { column: HTMLElement; el: HTMLElement }) => {
    expect(Math.round(widestInside(el)), 'the widest part, in px').to.be.at.most(PHONE_WIDTH);
    expect(column.scrollWidth, 'the column does not scroll sideways').to.be.at.most(PHONE_WIDTH);
  };

  for (const [name, widget] of cases) it(name, async () => expectInside(await inPhoneColumn(widget)));

  // The longest UN member's name in Russian ("Соединенное Королевство Великобритании и Северной Ирландии") is
  // wider than a phone; a native select is as wide as its longest option unless it may shrink.
  for (const [name, widget] of [
    ['the mission card', html`<mission-contact></mission-contact>`],
    ['the help line', html`<help-line></help-line>`],
    ['the petition', html`<petition-form action="/__requests/none"></petition-form>`],
  ] as const) {
    it(`${name}'s country picker, in Russian`, async () => {
      await setLocale('ru');
      try {
        const shown = await inPhoneColumn(widget);
        await waitUntil(() => (shown.el.shadowRoot!.querySelector('select')?.options.length ?? 0) > 100, 'the countries are in the picker');
        expectInside(shown);
      } finally {
        await setLocale('en');
      }
    });
  }

  it("the help line's discreet line, in French, keeps its words whole (its button goes below it)", async () => {
    await setLocale('fr');
    try {
      const { el } = await inPhoneColumn(html`<help-line compact></help-line>`);
      const line = el.shadowRoot!.querySelector('[part="compact"] p')!;
      const range = document.createRange();
      range.selectNodeContents(line);
      // "Vous pouvez recevoir une aide confidentielle." on two lines at most, not a letter or two on each of fifteen.
      expect(range.getClientRects().length, 'lines of text').to.be.at.most(2);
      await expect(el).to.be.accessible();
    } finally {
      await setLocale('en');
    }
  });

  // Swahili's "Piga simu" and the number do not fit on one line of the button in a small phone's column (320 px less
  // the page's margins).
  for (const [name, widget, selector] of [
    ["the help line's phone number", html`<help-line country="GB"></help-line>`, '[part~="phone"] [dir="ltr"]'],
    ["the mission's phone number", html`<mission-contact country="KE"></mission-contact>`, '[part~="phone"] [dir="ltr"]'],
  ] as const) {
    it(`${name}, in Swahili, wraps as a whole, never between its digit groups`, async () => {
      await setLocale('sw');
      try {
        const { el } = await inPhoneColumn(widget, 272);
        await waitUntil(() => el.shadowRoot!.querySelector(selector), 'the number is shown');
        const range = document.createRange();
        range.selectNodeContents(el.shadowRoot!.querySelector(selector)!);
        expect(range.getClientRects().length, `lines of "${range.toString()}"`).to.equal(1);
      } finally {
        await setLocale('en');
      }
    });
  }

  it('a help line from a partner dataset with unbroken names, hours and source', async () => {
    const src = await serveJson(JSON.stringify({ schema: 1, entries: [{ country: 'GB', lines: [unbrokenLine] }] }));
    const shown = await inPhoneColumn(html`<help-line country="GB" src=${src}></help-line>`);
    await waitUntil(() => shown.el.shadowRoot!.textContent!.includes('x'.repeat(50)), 'the partner line is shown');
    expectInside(shown);
  });
});
