import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { numberFormatter } from '../../core/format.js';
import { plural } from '../../core/plural.js';

/**
 * The signature count and, with a goal, a progress bar and the goal line. Once the goal is reached the bar measures
 * the next milestone: the goal doubled until it is ahead of the count (at most 34 doublings, as counts and goals are
 * whole numbers up to 10 billion).
 */
export function renderCounter(count: number, goal: number, locale: string): TemplateResult {
  const format = numberFormatter(locale);
  const shown = format.format(count);
  let next = goal;
  while (next && count >= next) next *= 2;
  const goalText = format.format(goal);
  const nextText = format.format(next);
  // Zero gets its own wording: several languages put 0 in the "one" category ("0 assinatura").
  const countText =
    count === 0
      ? msg('No signatures yet', { id: 'petition-form.count-none', desc: 'Signature counter when nobody has signed yet.' })
      : plural(count, locale, {
          // One message per plural category: Arabic uses all six, Russian four (one, few, many, other).
          zero: () =>
            msg(str`${shown} signatures`, {
              id: 'petition-form.count-zero',
              desc: 'Signature counter, plural category "zero" (Arabic 0). 0 = the number, already formatted.',
            }),
          one: () =>
            msg(str`${shown} signature`, {
              id: 'petition-form.count-one',
              desc: 'Signature counter, plural category "one". 0 = the number, already formatted.',
            }),
          two: () =>
            msg(str`${shown} signatures`, {
              id: 'petition-form.count-two',
              desc: 'Signature counter, plural category "two" (Arabic dual). 0 = the number, already formatted.',
            }),
          few: () =>
            msg(str`${shown} signatures`, {
              id: 'petition-form.count-few',
              desc: 'Signature counter, plural category "few" (e.g. Russian 2–4, Arabic 3–10). 0 = the number, already formatted.',
            }),
          many: () =>
            msg(str`${shown} signatures`, {
              id: 'petition-form.count-many',
              desc: 'Signature counter, plural category "many" (e.g. Russian 5–20, Arabic 11–99). 0 = the number, already formatted.',
            }),
          other: () =>
            msg(str`${shown} signatures`, {
              id: 'petition-form.count-other',
              desc: 'Signature counter, plural category "other". 0 = the number, already formatted.',
            }),
        });
  const goalLine =
    next > goal
      ? msg(str`We reached our goal of ${goalText}! Next goal: ${nextText}.`, {
          id: 'petition-form.goal-reached',
          desc: 'Under the progress bar once the goal is reached; 0 = the goal, 1 = the next milestone.',
        })
      : msg(str`Goal: ${goalText}`, { id: 'petition-form.goal', desc: 'Under the progress bar: the number of signatures the campaign aims for.' });
  // The bar is hidden from assistive technology: the two lines say all it shows, in words, and are read once each.
  // Named after them, it repeated both ("6,240 signatures", "progress bar, 6,240 signatures Goal: 10,000", "Goal:
  // 10,000"); named apart, it would leave only a percentage where the lines give the numbers and "goal reached".
  return html`
    <div part="counter" class="counter">
      <p part="count" class="count">${countText}</p>
      ${
        goal
          ? html`
              <progress part="progress" max=${next} .value=${count} aria-hidden="true"></progress>
              <p part="goal">${goalLine}</p>
            `
          : nothing
      }
    </div>
  `;
}
