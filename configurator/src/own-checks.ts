/*
 * The configurator's own checks, made before the widget in the preview sees a value (the widget's own come from the
 * preview: problems.ts): numbers and web addresses written as the widgets read them, a petition's goal without a
 * count, values a shortcode cannot carry, and the address of a copy of the script on the editor's own site.
 */
import { t } from './i18n.js';
import { isNumberText, type Field } from './manifest.js';
import { optionLabel } from './names.js';
import { exitNeedsFullAddress, goalNeedsCount, needsFullAddress, notANumber, type Problem } from './problems.js';
import { shortcodeProblem } from './shortcode.js';
import type { ScriptSource } from './snippet.js';
import { attributesOf, type FormContext, type Target, type Value } from './values.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The widgets' rule for web addresses (src/core/safe-url.ts): https, or http on this computer only. */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}

/**
 * Whether a web address is written in full: with a scheme (which the widget then checks itself: it refuses http://
 * and the like with its own message) or as a path on the partner's own site (/…). A bare "crm.example.org/sign" is
 * refused: the widget would read it as a page of the site it is pasted into, which the preview cannot see. The
 * quick exit's site must be https://: a short address could lead back to the page (`./`, `#top`).
 */
function isFullAddress(text: string, attribute: string): boolean {
  if (attribute === 'href') return /^https:\/\//i.test(text);
  return /^([a-z][a-z0-9+.-]*:|\/)/i.test(text);
}

/** The configurator's own checks of the options (the script address has scriptProblem); the widget's come from the preview. */
export function ownProblems(fields: Field[], values: Record<string, Value>, context: FormContext): Problem[] {
  const problems: Problem[] = [];
  for (const field of fields) {
    const text = String(values[field.attribute] ?? '').trim();
    if (field.control.kind === 'number' && text && !isNumberText(text)) problems.push({ attribute: field.attribute, blocking: true, text: notANumber(text) });
    if (field.control.kind === 'text' && field.control.url && text && !isFullAddress(text, field.attribute))
      problems.push({ attribute: field.attribute, blocking: true, text: field.attribute === 'href' ? exitNeedsFullAddress() : needsFullAddress() });
  }
  // A goal without a count draws nothing in the preview: say why, without refusing the snippet.
  const given = (attribute: string) => String(values[attribute] ?? '').trim() !== '';
  const goal = String(values.goal ?? '').trim();
  if (context.tag === 'petition-form' && isNumberText(goal) && !given('count') && !given('count-src')) {
    const name = (attribute: string) =>
      t(
        optionLabel(
          context,
          fields.find((field) => field.attribute === attribute)!,
        ),
      );
    problems.push({ attribute: 'goal', blocking: false, text: goalNeedsCount(name('count'), name('count-src')) });
  }
  if (context.target === 'wordpress') {
    for (const [attribute, value] of attributesOf(fields, values, context)) {
      const text = value === true ? null : shortcodeProblem(value);
      if (text) problems.push({ attribute, blocking: true, text });
    }
  }
  return problems;
}

/** What is wrong with the address given for a copy of the script on the editor's own site, or null. */
export function scriptProblem(source: ScriptSource, ownScript: string, target: Target): string | null {
  if (source !== 'own' || target === 'wordpress') return null;
  const text = ownScript;
  if (!text) return t('Give the address of campaign-widgets.js on your site, or choose the CDN.');
  if (!isWebAddress(text)) return t('Give a full https:// address (http:// works only on this computer, for testing).');
  if (!/\/(campaign-widgets(\.iife)?\.js)?$/.test(new URL(text).pathname))
    return t('Give the address of the file campaign-widgets.js in your copy of dist/ (or of the dist/ folder, ending with /).');
  return null;
}
