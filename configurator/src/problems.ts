/*
 * What a widget says about its input, in plain words for a web editor. The widgets report an attribute value they
 * cannot use with one console warning of a fixed form (src/core/campaign-element.ts, warnInvalid):
 *   campaign-widgets: <tag> name="value" is not valid (allowed: …); what it does instead.
 * and what stops them showing something true with a `cw-error` event ({code, message}). The preview collects both
 * for its own element; this module turns them into messages attached to the option they are about, in the
 * configurator's language (so in the configurator's page, which holds the translations, not in the preview's).
 */
import { t, uiLanguage } from './i18n.js';
import type { WidgetReports } from './preview.js';

export interface Problem {
  /** The attribute the problem is about, when it names one. */
  attribute?: string;
  /** True for a value the widget refuses (copying waits until it is fixed); false for a note. */
  blocking: boolean;
  /** The explanation for a web editor. */
  text: string;
}

const WARNING = /^campaign-widgets: <([a-z][a-z0-9]*-[a-z0-9-]*)> ([a-z][a-z0-9-]*)="([\s\S]*?)" is not valid \(allowed: ([\s\S]*)\); [\s\S]*$/;

/**
 * What an option takes, for an editor, from the widget's `allowed`: its developer's words (English), as the widgets
 * write them in their warnings (a test triggers each and checks it is recognised here). A list of values stays the
 * values; anything else points to the option's own help, which is translated.
 */
function whatItTakes(allowed: string): string {
  switch (allowed) {
    case 'an https: URL':
      return t('Give an address starting with https://.');
    case 'an https: URL of another page':
      return t('Give the https:// address of another site.');
    case 'https: or mailto:':
      return t('Give an address starting with https:// or mailto:.');
    case 'an ISO 4217 code such as USD or EUR':
      return t('Give a three-letter currency code, such as USD or EUR.');
    case 'letters, digits and _ separated by commas':
      return t('Write each hashtag with letters, digits and _ only, separated by commas.');
  }
  const range = /^a whole number from (\d+) to (\d+)$/.exec(allowed);
  if (range) {
    const number = new Intl.NumberFormat(uiLanguage());
    return t('Give a whole number from {min} to {max}.', { min: number.format(Number(range[1])), max: number.format(Number(range[2])) });
  }
  // A list of values, as every widget writes one: `json, form, osdi`.
  if (/^[\w-]+(, [\w-]+)+$/.test(allowed)) return t('Choose from: {values}.', { values: allowed });
  return t('The help under this option says what it takes.');
}

/**
 * A widget's invalid-attribute warning, or null for any other console message. What the widget does instead is left
 * out: the editor cannot copy the snippet until the value is fixed.
 */
export function fromWarning(message: string): Problem | null {
  const m = WARNING.exec(message.trim());
  if (!m) return null;
  const [, , attribute, value, allowed] = m;
  const lead = value ? t('“{value}” can’t be used here.', { value }) : t('This option is needed.');
  return { attribute, blocking: true, text: `${lead} ${whatItTakes(allowed!)}` };
}

/**
 * A `cw-error` from the widget. Its message starts with the attribute when it is about one (`value="x" is not a
 * number…`, `count-src: …`, `src="…" is not used: …`); it is shown with that option, as a note: a dataset or
 * counter address may answer the partner's own site and not this page.
 */
export function fromError(detail: { code?: string; message?: string }, attributes: readonly string[]): Problem {
  const message = (detail.message ?? '').trim();
  const named = /^([a-z][a-z0-9-]*)(?:="|:)/.exec(message)?.[1];
  const attribute = named && attributes.includes(named) ? named : undefined;
  const invalidValue = detail.code === 'invalid-value' || detail.code === 'unknown-stat';
  return {
    ...(attribute ? { attribute } : {}),
    blocking: invalidValue && attribute !== undefined,
    text: t('The widget says: {message}', { message: message.replace(/^./, (c) => c.toUpperCase()) }),
  };
}

/** What the widget in the preview reported (preview.ts), as problems: its refusals of a value, and its errors. */
export function fromReports(reports: WidgetReports, written: readonly string[]): Problem[] {
  return [
    ...reports.warnings.map(fromWarning).filter((problem): problem is Problem => problem !== null),
    ...reports.errors.map((detail) => fromError(detail, written)),
  ];
}

/**
 * The configurator's own check of a number, before the widget sees it. A percentage gets its fraction: the widgets
 * take 0.71 for 71 % (a figure's format shows it as a percentage).
 */
export function notANumber(text: string): string {
  const percent = /^([-+]?\d+(?:\.\d+)?)\s*%$/.exec(text.trim())?.[1];
  if (percent !== undefined) {
    const fraction = String(Number((Number(percent) / 100).toPrecision(12)));
    return t('Write a percentage as a fraction of 1: {fraction} for {percent}.', { fraction, percent: text.trim() });
  }
  return t('Write a number with digits only, for example 10000 or 0.25: no spaces, commas, units or currency signs.');
}

/**
 * Why a web address needs its https://: "crm.example.org/sign" is a valid address relative to the page it is pasted
 * into, so the widget accepts it and sends signatures to a page of the partner's own site.
 */
export const needsFullAddress = (): string => t('Give the full address, starting with https://: without it, the address is read as a page of your own site.');

/** Why a petition's goal alone shows nothing: the bar is the count's progress toward it (the two options' names). */
export const goalNeedsCount = (count: string, countUrl: string): string =>
  t('The goal shows beside the number of signatures: give “{count}”, or “{countUrl}” for a live count.', { count, countUrl });

/** Why a quick exit needs a full address: the preview cannot see the page it will be pasted into. */
export const exitNeedsFullAddress = (): string =>
  t('Give the full https:// address of the site to leave for: a short one such as ./ or #top could lead back to your own page.');
