/**
 * The theming contract, read from custom-elements.json: every custom property a widget documents changes how it
 * looks when a partner sets it on an ancestor, and every part it renders is documented and takes a `::part()` rule.
 * Each widget is rendered in the states that show all of its styled pieces.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { sendKeys } from '@web/test-runner-commands';
import { part } from '../helpers/shadow.js';
import { DARK } from '../../stories/tokens.js';

interface Declaration {
  tagName?: string;
  cssProperties?: { name: string }[];
  cssParts?: { name: string; description?: string }[];
}

/** A part is documented by name, or as a family in another part's description ("each also has `action-<network>`"). */
function isDocumented(name: string, parts: Required<Declaration>['cssParts']): boolean {
  const family = `\`${name.replace(/-[^-]+$/, '')}-<`;
  return parts.some((documented) => documented.name === name || (name.includes('-') && documented.description?.includes(family)));
}

/** Each widget in the states that, together, show every piece its custom properties style. */
const STATES: Record<string, { templates: TemplateResult[]; ready?: (el: HTMLElement) => Promise<void> | void }> = {
  'trafficking-stat': { templates: [html`<trafficking-stat stat="gems-2022-modern-slavery"></trafficking-stat>`] },
  'share-card': {
    templates: [
      html`<share-card stat="unodc-2024-women-girls-share" url="https://partner.example/" download></share-card>`,
      html`<share-card text="A fact" networks="mastodon"></share-card>`,
    ],
    // The Mastodon form, sent with an address that is not a server: its error shows, in the error colour.
    ready: async (el) => {
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action-mastodon"]');
      if (!toggle) return;
      toggle.click();
      await waitUntil(() => part(el, 'input'), 'the Mastodon form opens');
      part<HTMLInputElement>(el, 'input')!.value = 'not a server';
      part<HTMLButtonElement>(el, 'submit')!.click();
      await waitUntil(() => part(el, 'error'), 'the form says what is wrong');
    },
  },
  'petition-form': {
    templates: [html`<petition-form action="https://crm.partner.example/sign" goal="100" count="10"></petition-form>`],
    // Sent empty: the field errors show, in the error colour.
    ready: async (el) => {
      part<HTMLButtonElement>(el, 'submit')!.click();
      await waitUntil(() => part(el, 'error'), 'field errors show');
    },
  },
  'mission-contact': { templates: [html`<mission-contact country="KE"></mission-contact>`, html`<mission-contact></mission-contact>`] },
  'help-line': {
    templates: [html`<help-line country="GB"></help-line>`, html`<help-line country="GB" compact></help-line>`, html`<help-line></help-line>`],
  },
  'quick-exit': { templates: [html`<quick-exit sticky no-skip-link safety-url="https://www.womensaid.org.uk/cover-your-tracks-online/"></quick-exit>`] },
};

/** A value of the kind the property's name says it takes, unlike any default. */
function testValue(name: string): string {
  if (name.endsWith('font-family')) return '"Theming Test Font", monospace';
  if (name.endsWith('weight')) return '300';
  if (/(padding|gap|size|radius|max-width|inset-block-start)$/.test(name)) return '37px';
  return 'rgb(1, 2, 3)';
}

const COMPUTED = [
  'color',
  'background-color',
  'border-top-color',
  'border-left-color',
  'border-right-color',
  'outline-color',
  'text-decoration-color',
  'padding-top',
  'padding-left',
  'row-gap',
  'column-gap',
  'font-size',
  'font-family',
  'font-weight',
  'border-top-left-radius',
  'max-width',
  'top',
  'fill',
  'box-shadow',
];

/** Every computed style that theming can reach, across the widget's states, as one list to compare. */
function snapshot(elements: HTMLElement[]): string[] {
  return elements.flatMap((el) =>
    [el, ...el.shadowRoot!.querySelectorAll('*')].map((node) => {
      const style = getComputedStyle(node);
      return COMPUTED.map((property) => style.getPropertyValue(property)).join('|');
    }),
  );
}

const manifest = fetch('/custom-elements.json').then((response) => response.json());

async function declaration(tag: string): Promise<Declaration> {
  const modules: { declarations?: Declaration[] }[] = (await manifest).modules;
  return modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tag)!;
}

async function render(tag: string): Promise<{ wrapper: HTMLElement; elements: HTMLElement[] }> {
  const { templates, ready } = STATES[tag]!;
  const wrapper = await fixture<HTMLElement>(html`<div>${templates}</div>`);
  const elements = [...wrapper.querySelectorAll<HTMLElement>(tag)];
  // Widgets with data render their content once it has loaded.
  await waitUntil(() => elements.every((el) => el.shadowRoot?.querySelector('[part]')), `${tag} renders`, { timeout: 5000 });
  for (const el of elements) await ready?.(el);
  await nextFrame();
  return { wrapper, elements };
}

/**
 * The dark theme of Storybook's preset (the colours docs/embedding.md gives), made with the global tokens alone, on
 * a dark page: a partner who sets these must not have to find each widget's own properties to keep every text
 * readable.
 */
const DARK_THEME: Record<string, string> = { 'background-color': '#0d1117', ...DARK };

/** WCAG's relative luminance of a computed `rgb(…)` colour, or null when it is (nearly) transparent. */
function luminance(color: string): number | null {
  const [r, g, b, alpha = 1] = color.match(/[\d.]+/g)!.map(Number);
  if (alpha < 0.5) return null;
  const linear = (channel: number) => (channel / 255 <= 0.04045 ? channel / 255 / 12.92 : ((channel / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

describe('theming', () => {
  for (const tag of Object.keys(STATES)) {
    describe(`<${tag}>`, () => {
      it('changes with every custom property it documents, set on an ancestor', async () => {
        const properties = ((await declaration(tag)).cssProperties ?? []).map((property) => property.name);
        expect(properties.length, 'documented custom properties').to.be.greaterThan(2);
        const { wrapper, elements } = await render(tag);
        const before = snapshot(elements);
        const noEffect: string[] = [];
        for (const name of properties) {
          wrapper.style.setProperty(name, testValue(name));
          await nextFrame();
          const after = snapshot(elements);
          if (after.every((value, index) => value === before[index])) noEffect.push(name);
          wrapper.style.removeProperty(name);
        }
        expect(noEffect, 'documented custom properties that change nothing').to.deep.equal([]);
      });

      it('stays readable in a dark theme set with the global tokens alone (axe)', async () => {
        const { wrapper, elements } = await render(tag);
        for (const [name, value] of Object.entries(DARK_THEME)) wrapper.style.setProperty(name, value);
        wrapper.style.color = 'var(--cw-color-text)';
        await nextFrame();
        for (const el of elements) await expect(el).to.be.accessible();
      });

      it('leaves no light surface in that dark theme: what is not the accent takes the surface colours', async () => {
        const { wrapper, elements } = await render(tag);
        for (const [name, value] of Object.entries(DARK_THEME)) wrapper.style.setProperty(name, value);
        await nextFrame();
        const accent = luminance(
          getComputedStyle(wrapper)
            .getPropertyValue('--cw-color-accent')
            .replace(/^#(..)(..)(..)$/, (_, r, g, b) => `rgb(${[r, g, b].map((hex) => parseInt(hex, 16))})`),
        )!;
        const light = elements.flatMap((el) =>
          [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
            // A checkbox and a progress bar are drawn by the browser in the page's own `color-scheme`, not by our styles.
            .filter((node) => !node.matches('[type="checkbox"], progress'))
            // Seen: neither hidden nor inside a visually hidden box (the petition's trap field for bots).
            .filter((node) => node.checkVisibility() && !node.closest('.visually-hidden'))
            .filter((node) => (luminance(getComputedStyle(node).backgroundColor) ?? 0) > accent)
            .map(
              (node) => `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}: ${getComputedStyle(node).backgroundColor}`,
            ),
        );
        expect(light, 'elements lighter than the accent on a dark card').to.deep.equal([]);
      });

      it('outlines every control the keyboard reaches in --cw-color-focus', async function () {
        // A test page without the window's focus (headless Firefox over WebDriver BiDi) never matches :focus-visible.
        if (!document.hasFocus()) this.skip();
        const { wrapper, elements } = await render(tag);
        wrapper.style.setProperty('--cw-color-focus', 'rgb(200, 0, 100)');
        const start = document.createElement('button');
        start.textContent = 'before the widgets';
        wrapper.prepend(start);
        // A stop after the widgets: tabbing past the page's last control would move focus into the browser's own
        // controls, and the test pages that follow would run without focus.
        const end = document.createElement('button');
        end.textContent = 'after the widgets';
        wrapper.append(end);
        start.focus();
        const reached: string[] = [];
        const unmarked: string[] = [];
        for (let step = 0; step < 60; step++) {
          await sendKeys({ press: 'Tab' });
          const host = document.activeElement as HTMLElement | null;
          if (!host || !elements.includes(host)) break;
          const control = host.shadowRoot!.activeElement as HTMLElement;
          const name = `${control.localName}[part=${control.getAttribute('part')}]`;
          reached.push(name);
          if (getComputedStyle(control).outlineColor !== 'rgb(200, 0, 100)') unmarked.push(name);
        }
        expect(reached.length, 'the keyboard reaches the widget').to.be.greaterThan(0);
        expect(unmarked, 'controls whose focus ring ignores --cw-color-focus').to.deep.equal([]);
      });

      it('documents every part it renders, and each takes a ::part() rule', async () => {
        const documented = (await declaration(tag)).cssParts ?? [];
        const { wrapper, elements } = await render(tag);
        const rendered = new Set(
          elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/))),
        );
        expect(
          [...rendered].filter((name) => !isDocumented(name, documented)),
          'parts rendered but not documented',
        ).to.deep.equal([]);
        const style = document.createElement('style');
        style.textContent = [...rendered].map((name) => `${tag}::part(${name}) { outline-color: rgb(4, 5, 6); }`).join('\n');
        wrapper.append(style);
        const unstyled = elements.flatMap((el) =>
          [...el.shadowRoot!.querySelectorAll('[part]')]
            .filter((node) => getComputedStyle(node).outlineColor !== 'rgb(4, 5, 6)')
            .map((node) => node.getAttribute('part')),
        );
        expect(unstyled, 'parts a ::part() rule does not reach').to.deep.equal([]);
      });
    });
  }
});
