/**
 * Checks a widget's Storybook stories as Storybook's a11y panel (set to fail on violations) would see them: each story
 * is rendered with its meta's and its own args and render, in its locale, and its play function runs; it must then
 * show what the test says it shows, warn in the console exactly as expected (once, or not at all), print no
 * "undefined" or "NaN", and pass axe.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { setLocale } from '../../src/core/localization.js';
import { captureWarnings } from './console.js';

type Args = Record<string, unknown>;

interface StoryLike {
  args?: Args;
  globals?: { locale?: string };
  render?: (args: Args) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

/** What a story must show once rendered (the widget, and the canvas it is drawn in). */
export type StoryCheck<T extends HTMLElement> = (el: T, canvas: HTMLElement) => boolean;

export interface StoryExpectations<T extends HTMLElement> {
  /** One check per story, by its export name; a story without one fails the suite, so none goes unchecked. */
  shows: Record<string, StoryCheck<T>>;
  /** The console warnings a story with bad input must give, by story name: part of the text of each, in order. */
  warns?: Record<string, string | string[]>;
  /** Warnings that are not the story's business (e.g. a catalogue notice every old figure gives). */
  ignoreWarning?: (warning: string) => boolean;
}

/** Defines the tests for every story of a module (`import * as stories from '…stories.js'`) of the widget `tag`. */
export function checkStories<T extends HTMLElement>(
  tag: string,
  stories: Record<string, unknown>,
  { shows, warns = {}, ignoreWarning }: StoryExpectations<T>,
): void {
  const meta = stories.default as { args?: Args; render: (args: Args) => TemplateResult };
  const named = Object.entries(stories).filter(([name]) => name !== 'default') as [string, StoryLike][];

  afterEach(async () => {
    await setLocale('en');
  });

  it('are all checked here', () => {
    expect(named.map(([name]) => name).sort()).to.deep.equal(Object.keys(shows).sort());
  });

  for (const [name, story] of named) {
    it(`${name} renders and is accessible`, async () => {
      await setLocale(story.globals?.locale ?? 'en');
      const canvasElement = await fixture<HTMLDivElement>(document.createElement('div'));
      let el!: T;
      const warnings = await captureWarnings(async () => {
        render((story.render ?? meta.render)({ ...meta.args, ...story.args }), canvasElement);
        el = canvasElement.querySelector(tag) as T;
        expect(el !== null, `a <${tag}> in the story`).to.equal(true);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await story.play?.({ canvasElement });
        await waitUntil(() => shows[name]!(el, canvasElement), `${name} shows what it names`, { timeout: 5000 });
      });
      const warned = ignoreWarning ? warnings.filter((warning) => !ignoreWarning(warning)) : warnings;
      const expected = [warns[name] ?? []].flat();
      expect(warned.length, 'console warnings').to.equal(expected.length);
      expected.forEach((text, index) => expect(warned[index]).to.contain(text));
      expect(el.shadowRoot!.textContent).not.to.match(/undefined|NaN|\[object/);
      await expect(canvasElement).to.be.accessible();
    });
  }
}
