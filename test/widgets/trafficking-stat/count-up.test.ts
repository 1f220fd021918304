import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/trafficking-stat/trafficking-stat.define.js';
import type { TraffickingStat } from '../../../src/widgets/trafficking-stat/trafficking-stat.js';
import { part } from '../../helpers/shadow.js';
import { setLocale } from '../../../src/core/localization.js';

const FINAL = /^\$150\s?billion$/;

/**
 * Sets prefers-reduced-motion for the page. Firefox over WebDriver BiDi cannot emulate media features yet, so the
 * caller skips a branch that the browser cannot be put into (Firefox's own default is no-preference).
 */
async function prefersReducedMotion(reduce: boolean): Promise<boolean> {
  if (!navigator.userAgent.includes('Firefox')) {
    await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
  }
  return matchMedia('(prefers-reduced-motion: reduce)').matches === reduce;
}

describe('<trafficking-stat animate>', () => {
  after(async () => {
    await prefersReducedMotion(false);
  });

  it('counts up once visible, while assistive technology only ever gets the final value', async function () {
    if (!(await prefersReducedMotion(false))) this.skip();
    const el = await fixture<TraffickingStat>(html`<trafficking-stat stat="ilo-2014-forced-labour-profits" animate></trafficking-stat>`);
    const value = part(el, 'value')!;
    const moving = () => value.querySelector('[aria-hidden="true"]');
    expect(moving(), 'a moving figure hidden from assistive technology').to.not.equal(null);
    expect(value.querySelector('.final')!.textContent!.trim()).to.match(FINAL);
    await waitUntil(() => moving() && moving()!.textContent !== '$0', 'the figure starts moving', { timeout: 3000 });
    const midway = moving()!.textContent!.trim();
    expect(midway).not.to.match(FINAL);
    await expect(el).to.be.accessible();
    await waitUntil(() => moving() === null, 'the count-up ends', { timeout: 4000 });
    expect(value.textContent!.trim()).to.match(FINAL);
    await expect(el).to.be.accessible();
  });

  it('waits until the statistic scrolls into view', async function () {
    if (!(await prefersReducedMotion(false))) this.skip();
    const spacer = document.createElement('div');
    spacer.style.blockSize = '300vh';
    document.body.prepend(spacer);
    try {
      const el = await fixture<TraffickingStat>(html`<trafficking-stat stat="ilo-2014-forced-labour-profits" animate></trafficking-stat>`);
      // Out of view for a while: a window in which the figure must not start counting.
      await aTimeout(300);
      const hidden = part(el, 'value')!.querySelector('[aria-hidden="true"]');
      expect(hidden?.textContent?.trim()).to.equal('$0');
      el.scrollIntoView();
      await waitUntil(() => part(el, 'value')!.querySelector('[aria-hidden]') === null, 'counted after scrolling', { timeout: 4000 });
      expect(part(el, 'value')!.textContent!.trim()).to.match(FINAL);
    } finally {
      spacer.remove();
    }
  });

  it('prints the final figure, not the 0 of a statistic the visitor has not scrolled to', async function () {
    // Firefox over WebDriver BiDi cannot emulate print media yet.
    if (navigator.userAgent.includes('Firefox') || !(await prefersReducedMotion(false))) this.skip();
    const spacer = document.createElement('div');
    spacer.style.blockSize = '300vh';
    document.body.prepend(spacer);
    try {
      const el = await fixture<TraffickingStat>(html`<trafficking-stat stat="ilo-2014-forced-labour-profits" animate></trafficking-stat>`);
      const value = part(el, 'value')!;
      expect(value.querySelector('[aria-hidden="true"]')?.textContent?.trim(), 'on screen, the figure waits at 0').to.equal('$0');
      await emulateMedia({ media: 'print' });
      const moving = value.querySelector<HTMLElement>('[aria-hidden="true"]')!;
      const final = [...value.children].find((child) => child !== moving)!;
      expect(moving.getClientRects().length, 'the 0 is not printed').to.equal(0);
      expect(getComputedStyle(final).opacity).to.equal('1');
      expect(final.textContent!.trim()).to.match(FINAL);
    } finally {
      await emulateMedia({ media: 'screen' });
      spacer.remove();
    }
  });

  it('shows the final figure at once when the visitor prefers reduced motion', async function () {
    if (!(await prefersReducedMotion(true))) this.skip();
    const el = await fixture<TraffickingStat>(html`<trafficking-stat stat="ilo-2014-forced-labour-profits" animate></trafficking-stat>`);
    expect(part(el, 'value')!.querySelector('[aria-hidden]')).to.equal(null);
    expect(part(el, 'value')!.textContent!.trim()).to.match(FINAL);
  });

  it('keeps its final size while counting, so the text around it never moves (no layout shift)', async function () {
    if (!(await prefersReducedMotion(false))) this.skip();
    // A phone-width column, where a longer moving figure ("$149.9 billion") would wrap onto a second line.
    const box = await fixture<HTMLElement>(
      html`<div style="inline-size: 300px"><trafficking-stat stat="ilo-2014-forced-labour-profits" animate></trafficking-stat></div>`,
    );
    const el = box.querySelector('trafficking-stat') as TraffickingStat;
    await el.updateComplete;
    const heights = new Set<number>();
    const moving = () => part(el, 'value')!.querySelector('[aria-hidden="true"]');
    expect(moving(), 'the figure is counting when sampling starts').to.not.equal(null);
    const figures = new Set<string>();
    let frames = 0;
    while (moving()) {
      heights.add(Math.round(el.getBoundingClientRect().height));
      figures.add(moving()!.textContent!.trim());
      frames += 1;
      await new Promise(requestAnimationFrame);
    }
    heights.add(Math.round(el.getBoundingClientRect().height));
    // The count-up lasts 1.6 s: dozens of frames, through many figures, were measured.
    expect(frames, 'frames sampled while counting').to.be.at.least(20);
    expect(figures.size, 'figures seen while counting').to.be.at.least(10);
    expect([...heights]).to.have.length(1);
  });

  it('stays inside its box on a phone while counting, in a language with long number words, never below zero', async function () {
    if (!(await prefersReducedMotion(false))) this.skip();
    await setLocale('es');
    try {
      const box = await fixture<HTMLElement>(
        html`<div style="inline-size: 300px"><trafficking-stat stat="ilo-2024-forced-labour-profits" animate></trafficking-stat></div>`,
      );
      const el = box.querySelector('trafficking-stat') as TraffickingStat;
      await el.updateComplete;
      const value = part(el, 'value')!;
      const moving = () => value.querySelector<HTMLElement>('[aria-hidden="true"]');
      expect(moving(), 'the figure is counting when sampling starts').to.not.equal(null);
      const outside: string[] = [];
      const negative: string[] = [];
      while (moving()) {
        const figure = moving()!;
        // What is drawn: the moving figure clipped to its box; the box itself within the widget.
        const drawn = figure.getBoundingClientRect();
        const widget = el.getBoundingClientRect();
        if (drawn.right > widget.right + 0.5 || drawn.left < widget.left - 0.5 || figure.scrollHeight > figure.clientHeight + 1)
          outside.push(figure.textContent!);
        if (/[-−]/.test(figure.textContent!)) negative.push(figure.textContent!);
        await new Promise(requestAnimationFrame);
      }
      expect(outside, 'moving figures drawn past the widget').to.deep.equal([]);
      expect(negative, 'figures below zero').to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    } finally {
      await setLocale('en');
    }
  });
});
