/*
 * One option of the chosen widget in the form: its label (with the attribute the snippet writes), its help, the
 * control its kind asks for (a checkbox, a box per listed value, a list to choose from, a text) and its error line;
 * and what is shown with it later, the source of a statistic and the option's problems.
 */
import { countriesByName } from './catalogue.js';
import { h, rich, type Child } from './dom.js';
import { hasTranslation, t, tElements } from './i18n.js';
import type { Field } from './manifest.js';
import { optionLabel, optionName, statLabel } from './names.js';
import type { Problem } from './problems.js';
import { unseenInPreview } from './unseen.js';
import { takesSiteSetting, type FormContext, type Value } from './values.js';

/** What the editor does with an option: changes its value; leaves it or picks a value (then its problem is said). */
export interface FieldEvents {
  set(attribute: string, value: Value): void;
  announce(field: Field): Promise<void>;
}

/** Letters and digits only, in lower case: "Source URL" and `source-url` read the same. */
const spoken = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A name with the code the snippet writes beside it (`goal`, `given-name`), shown to all; a screen reader hears the
 * code only when it says more than the name ("Count URL count-src"), not "Goal goal" or "Email email".
 */
function named(name: string, code: string): Child[] {
  const repeats = spoken(name).includes(spoken(code));
  return [name, ' ', h('code', { class: 'attribute', 'aria-hidden': repeats ? 'true' : undefined }, code)];
}

/**
 * An option's help: its description, code in backticks shown as code; in another language, the WordPress plugin's
 * translation of the same text (written there without backticks), when there is one.
 */
function helpText(field: Field): Node[] {
  const plain = field.help.replace(/`/g, '');
  return hasTranslation(plain) ? [document.createTextNode(t(plain))] : rich(field.help);
}

/**
 * A choice's list. Unset ('') is the widget's default on an HTML page; for WordPress, when the plugin's settings
 * can choose it, unset is "the site's setting" and the default itself is written, since it overrides that setting.
 */
function choiceSelect(id: string, field: Field, value: string, context: FormContext): HTMLSelectElement {
  const { defaultValue } = field;
  const options = field.control.kind === 'choice' ? field.control.options : [];
  const hasDefault = !!defaultValue && options.includes(defaultValue);
  const select = h('select', { id });
  if (takesSiteSetting(context, field)) {
    const wordpress = context.target === 'wordpress';
    select.append(
      h(
        'option',
        { value: '' },
        wordpress
          ? t('The site’s setting (Settings → Campaign widgets)')
          : hasDefault
            ? t('{value} (default)', { value: optionName(context, field, defaultValue!) })
            : t('(not set)'),
      ),
    );
    for (const option of options) if (wordpress || option !== defaultValue) select.append(h('option', { value: option }, optionName(context, field, option)));
    // Chosen for WordPress, then shown for a page: the default is the unset entry there.
    select.value = !wordpress && value === defaultValue ? '' : value;
    return select;
  }
  if (!hasDefault) select.append(h('option', { value: '' }, t('(not set)')));
  for (const option of options) {
    const name = optionName(context, field, option);
    select.append(h('option', { value: option }, option === defaultValue ? t('{value} (default)', { value: name }) : name));
  }
  select.value = value;
  return select;
}

function statSelect(id: string, value: string, context: FormContext): HTMLSelectElement {
  const select = h('select', { id });
  select.append(h('option', { value: '' }, t('(none)')));
  for (const stat of context.catalogue.stats) select.append(h('option', { value: stat.id }, statLabel(context, stat)));
  select.value = value;
  return select;
}

function countrySelect(id: string, value: string, { catalogue, locale }: FormContext): HTMLSelectElement {
  const select = h('select', { id });
  select.append(h('option', { value: '' }, t('(none: each visitor picks their country)')));
  for (const { code, name } of countriesByName(catalogue.countries, locale)) select.append(h('option', { value: code }, `${name} (${code})`));
  select.value = value;
  return select;
}

/** The option's box in the form (`data-field`), its control showing the value in `values`. */
export function fieldElement(field: Field, values: Record<string, Value>, context: FormContext, on: FieldEvents): HTMLElement {
  const id = `cw-opt-${field.attribute}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const value = values[field.attribute];
  const label = named(t(optionLabel(context, field)), field.attribute);
  const unseen = unseenInPreview(context.tag, field.attribute);
  const help = h('p', { class: 'help', id: helpId }, ...helpText(field), unseen && h('span', { class: 'unseen' }, ` ${unseen}`));
  const error = h('p', { class: 'error', id: errorId, hidden: true });
  const describedBy = `${helpId} ${errorId}`;
  const { control } = field;

  if (control.kind === 'checkbox') {
    const input = h('input', { type: 'checkbox', id, 'aria-describedby': describedBy, checked: value === true, 'data-attribute': field.attribute });
    input.addEventListener('change', () => {
      on.set(field.attribute, input.checked);
      void on.announce(field);
    });
    return h('div', { class: 'field check', 'data-field': field.attribute }, input, h('label', { for: id }, ...label), help, error);
  }
  if (control.kind === 'tokens') {
    const chosen = new Set(value as string[]);
    const boxes = control.options.map((option) => {
      const input = h('input', { type: 'checkbox', id: `${id}-${option}`, value: option, checked: chosen.has(option), 'data-attribute': field.attribute });
      input.addEventListener('change', () => {
        const selected = control.options.filter((o) => (o === option ? input.checked : (values[field.attribute] as string[]).includes(o)));
        on.set(field.attribute, selected);
        void on.announce(field);
      });
      // The name an editor reads, then the value the snippet writes.
      const name = optionName(context, field, option);
      return h('div', { class: 'check' }, input, h('label', { for: input.id }, ...(name === option ? [h('code', {}, option)] : named(name, option))));
    });
    return h(
      'fieldset',
      { class: 'field tokens', id, 'data-field': field.attribute, 'aria-describedby': describedBy, tabindex: '-1' },
      h('legend', {}, ...label),
      help,
      h('div', { class: 'choices' }, ...boxes),
      error,
    );
  }

  let input: HTMLInputElement | HTMLSelectElement;
  if (control.kind === 'stat') input = statSelect(id, value as string, context);
  else if (control.kind === 'country') input = countrySelect(id, value as string, context);
  else if (control.kind === 'choice') input = choiceSelect(id, field, value as string, context);
  else {
    input = h('input', {
      id,
      type: control.kind === 'text' && control.url ? 'url' : 'text',
      inputmode: control.kind === 'number' ? 'decimal' : control.kind === 'text' && control.url ? 'url' : undefined,
      spellcheck: 'false',
      autocomplete: 'off',
      placeholder: field.defaultValue,
    });
    input.value = value as string;
  }
  input.setAttribute('aria-describedby', describedBy);
  input.dataset.attribute = field.attribute;
  input.addEventListener(input instanceof HTMLSelectElement ? 'change' : 'input', () => on.set(field.attribute, input.value));
  // A text is checked as it is typed but said once, when the editor leaves it (or presses Enter); a list's choice at once.
  input.addEventListener('change', () => void on.announce(field));
  const extra = control.kind === 'stat' ? h('p', { class: 'stat-source', id: `${id}-source` }) : null;
  if (extra) input.setAttribute('aria-describedby', `${describedBy} ${extra.id}`);
  return h('div', { class: 'field', 'data-field': field.attribute }, h('label', { for: id }, ...label), help, input, extra, error);
}

/** Under the statistic: where the selected figure comes from. */
export function showStatSources(fields: Field[], values: Record<string, Value>, context: FormContext): void {
  const { catalogue } = context;
  for (const field of fields) {
    if (field.control.kind !== 'stat') continue;
    const box = document.getElementById(`cw-opt-${field.attribute}-source`);
    if (!box) continue;
    const stat = catalogue.stats.find((s) => s.id === values[field.attribute]);
    if (!stat) {
      box.replaceChildren();
      continue;
    }
    const newer = stat.supersededBy ? catalogue.stats.find((s) => s.id === stat.supersededBy) : undefined;
    const cited = { publisher: stat.publisher, report: stat.report, year: stat.year, dataYear: stat.dataYear, retrieved: stat.retrieved };
    const link = { link: h('a', { href: stat.url, target: '_blank', rel: 'noopener noreferrer' }, t('the page it was read on')) };
    box.replaceChildren(
      ...(stat.estimate
        ? tElements('Source: {publisher}, {report} ({year}; {dataYear} data, an estimate), read on {retrieved}: {link}.', cited, link)
        : tElements('Source: {publisher}, {report} ({year}; {dataYear} data), read on {retrieved}: {link}.', cited, link)),
      ' ',
      stat.tier === 'secondary' ? `${t('Read on a page that quotes the publisher: check it against the report before featuring it.')} ` : '',
      newer ? t('A newer edition exists: {statistic}.', { statistic: statLabel(context, newer) }) : '',
    );
  }
}

/** Shows each problem with its option, in the option's error line; a refused value marks the option invalid. */
export function showFieldProblems(optionsBox: HTMLElement, fields: Field[], problems: Problem[]): void {
  for (const field of fields) {
    const mine = problems.filter((p) => p.attribute === field.attribute);
    const error = document.getElementById(`cw-opt-${field.attribute}-error`);
    const box = optionsBox.querySelector<HTMLElement>(`[data-field="${field.attribute}"]`);
    if (!error || !box) continue;
    error.hidden = !mine.length;
    error.replaceChildren(...mine.map((p) => h('span', { class: p.blocking ? 'blocking' : 'note' }, p.text)));
    box.classList.toggle(
      'invalid',
      mine.some((p) => p.blocking),
    );
    for (const control of box.querySelectorAll<HTMLElement>('input, select')) {
      if (mine.some((p) => p.blocking)) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
}
