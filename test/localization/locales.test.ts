/**
 * Every widget in every shipped locale: no English left over, right to left in Arabic, runtime switching, and the
 * fallback to the nearest shipped locale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { allLocales, getFormattingLocale, getLocale, setLocale, sourceLocale } from '../../src/core/localization.js';

/** Every widget, in the states a visitor sees first. */
const page = () =>
  html`<div>
    <trafficking-stat stat="ilo-2014-forced-labour-profits"></trafficking-stat>
    <trafficking-stat stat="unodc-2024-women-girls-share"></trafficking-stat>
    <share-card
      stat="gems-2022-modern-slavery"
      url="https://partner.example/campaign"
      networks="x facebook whatsapp linkedin telegram bluesky mastodon email copy"
      download
    ></share-card>
    <petition-form
      action="/__requests/none"
      fields="given-name family-name email country postal-code phone"
      goal="10000"
      count="6240"
      privacy-url="https://partner.example/privacy"
    ></petition-form>
    <mission-contact country="KE"></mission-contact>
    <mission-contact></mission-contact>
    <quick-exit href="https://www.bbc.co.uk/weather" safety-url="https://partner.example/safety" no-skip-link></quick-exit>
    <help-line country="GB"></help-line>
    <help-line compact country="GB"></help-line>
  </div>`;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** What a visitor reads or hears: text nodes, accessible names and descriptions, placeholders, titles. */
function visitorStrings(root: ParentNode, into: Set<string> = new Set()): Set<string> {
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text) into.add(text);
      return;
    }
    if (node instanceof Element) {
      // Country names in a picker come from Intl.DisplayNames, not from our messages.
      if (node.localName === 'style' || node.localName === 'svg' || node.localName === 'option') return;
      // Marked as English on purpose: the catalogue's publishers and report titles, the missions' addresses.
      if (node.getAttribute('lang') === 'en') return;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const value = node.getAttribute(name)?.trim();
        if (value) into.add(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return into;
}

/** Words that are the same in every language: names, brands, symbols, figures, an example server name. */
const SAME_EVERYWHERE = /^(ILO|UNODC|Walk Free|X|Facebook|WhatsApp|LinkedIn|Telegram|Bluesky|Mastodon|Shift|mastodon\.social|[\d\s.,%$€£+()\-–—:·/|•…]+)$/u;

/**
 * The texts a language rightly writes as English does (xliff/same-as-english.json, which `npm run localize:check`
 * reads too), as patterns: each listed message's translation, its placeholders standing for any text.
 */
async function sameAsEnglish(locale: string): Promise<RegExp[]> {
  const allowed: Record<string, Record<string, string>> = await (await fetch('/xliff/same-as-english.json')).json();
  const ids = Object.keys(allowed[locale] ?? {});
  if (!ids.length) return [];
  const xliff = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return ids.map((id) => {
    const target = [...xliff.getElementsByTagName('trans-unit')].find((unit) => unit.id === id)!.getElementsByTagName('target')[0]!;
    const parts = [...target.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? escape(node.textContent!) : '.+'));
    return new RegExp(`^${parts.join('').replace(/\s+/g, ' ').trim()}$`, 'u');
  });
}

/**
 * Every text of the mission and help-line datasets: names, addresses, hours, notes and sources are shown as the
 * source wrote them.
 */
async function datasetTexts(): Promise<Set<string>> {
  const texts = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value.trim());
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(await (await fetch('/src/data/missions.json')).json());
  collect(await (await fetch('/src/data/helplines.json')).json());
  return texts;
}

/** The words Intl.ListFormat puts between the items of a list in a locale (", ", " and ", ", and "), trimmed. */
const listWords = (locale: string) =>
  new Set(
    new Intl.ListFormat(locale, { type: 'conjunction' })
      .formatToParts(['a', 'b', 'c'])
      .concat(new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(['a', 'b']))
      .filter((part) => part.type === 'literal')
      .map((part) => part.value.trim()),
  );

async function renderAll(): Promise<{ root: HTMLElement; widgets: Widget[] }> {
  const root = await fixture<HTMLElement>(page());
  const widgets = [...root.children] as Widget[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  // The mission cards and the help line draw nothing until their dataset has arrived, so this waits for it too.
  await waitUntil(() => widgets.every((widget) => (widget.shadowRoot?.textContent ?? '').trim() !== ''), 'every widget renders');
  return { root, widgets };
}

describe('localization', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('ships every language lit-localize.json lists (the six UN languages at least) and the pseudo-locale', async () => {
    const config: { sourceLocale: string; targetLocales: string[] } = await (await fetch('/lit-localize.json')).json();
    // Generated by npm run localize:build: a language added to the configuration but not built is missing here.
    expect([...allLocales].sort()).to.deep.equal([config.sourceLocale, ...config.targetLocales].sort());
    expect(allLocales).to.include.members(['ar', 'en', 'es', 'fr', 'ru', 'zh', 'en-XA']);
    expect(sourceLocale).to.equal('en');
  });

  it('falls back to the nearest shipped locale', async () => {
    expect(await setLocale('pt-BR')).to.equal('pt-BR');
    // Brazilian Portuguese is the only Portuguese shipped: every Portuguese reader gets it rather than English.
    expect(await setLocale('pt')).to.equal('pt-BR');
    expect(await setLocale('pt-PT')).to.equal('pt-BR');
    // …with Brazilian messages, but numbers and dates as Portugal writes them.
    expect(getFormattingLocale()).to.equal('pt-PT');
    expect(await setLocale('pt-AO')).to.equal('pt-BR');
    expect(await setLocale('sw-KE')).to.equal('sw');
    expect(await setLocale('zh-Hans-CN')).to.equal('zh');
    expect(await setLocale('en-GB')).to.equal('en');
    expect(await setLocale('xx')).to.equal('en');
    expect(getLocale()).to.equal('en');
  });

  let english: Set<string>;
  let data: Set<string>;
  before(async () => {
    data = await datasetTexts();
    await setLocale('en');
    const { root } = await renderAll();
    english = visitorStrings(root);
    root.remove();
  });

  for (const locale of allLocales.filter((code) => code !== sourceLocale)) {
    it(`shows every widget fully in ${locale}`, async () => {
      const allowed = await sameAsEnglish(locale);
      await setLocale(locale);
      const { root } = await renderAll();
      const leftOver = [...visitorStrings(root)].filter(
        (text) =>
          english.has(text) &&
          /\p{L}/u.test(text) &&
          !SAME_EVERYWHERE.test(text) &&
          !data.has(text) &&
          !allowed.some((pattern) => pattern.test(text)) &&
          // The pseudo-locale changes messages only; its figures and the words joining a list of sources ("a.org
          // and b.org") are formatted by Intl as English.
          !(locale === 'en-XA' && (/\d/.test(text) || listWords(locale).has(text))),
      );
      expect(leftOver, `English left over in ${locale}`).to.deep.equal([]);
    });
  }

  it('re-renders every widget on the page when the locale changes at runtime', async () => {
    const { root, widgets } = await renderAll();
    const before = widgets.map((widget) => widget.shadowRoot!.textContent);
    await setLocale('es');
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const after = widgets.map((widget) => widget.shadowRoot!.textContent);
    widgets.forEach((widget, index) => expect(after[index], `<${widget.localName}> changed language`).not.to.equal(before[index]));
    expect(widgets.every((widget) => widget.getAttribute('dir') === 'ltr')).to.equal(true);
    await setLocale('ar');
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    expect(widgets.map((widget) => widget.getAttribute('dir'))).to.deep.equal(widgets.map(() => 'rtl'));
    root.remove();
  });

  it('lays every widget out right to left in Arabic, accessibly', async () => {
    await setLocale('ar');
    const { root, widgets } = await renderAll();
    for (const widget of widgets) {
      expect(getComputedStyle(widget).direction, `<${widget.localName}> direction`).to.equal('rtl');
    }
    await expect(root).to.be.accessible();
  });

  it('uses the right plural form in Arabic, Russian and French', async () => {
    const counter = async (count: number) => {
      const el = await fixture<Widget>(html`<petition-form action="/__requests/none" count=${count}></petition-form>`);
      await el.updateComplete;
      const text = el.shadowRoot!.querySelector('[part~="count"]')!.textContent!.replace(/\s+/g, ' ').trim();
      el.remove();
      return text;
    };
    await setLocale('ru');
    expect(await counter(1)).to.match(/ подпись$/);
    expect(await counter(3)).to.match(/ подписи$/);
    expect(await counter(5)).to.match(/ подписей$/);
    expect(await counter(21)).to.match(/ подпись$/);
    await setLocale('ar');
    expect(await counter(2)).to.match(/^توقيعان/);
    expect(await counter(3)).to.match(/ توقيعات$/);
    expect(await counter(11)).to.match(/ توقيعًا$/);
    expect(await counter(100)).to.match(/ توقيع$/);
    await setLocale('fr');
    // Zero has its own wording in every language (Portuguese and French put 0 in the "one" category).
    expect(await counter(0)).to.equal('Aucune signature pour le moment');
    expect(await counter(1)).to.match(/ signature$/);
    expect(await counter(2)).to.match(/ signatures$/);
    await setLocale('pt-BR');
    expect(await counter(0)).to.equal('Nenhuma assinatura ainda');
    expect(await counter(1)).to.match(/ assinatura$/);
  });
});
