/*
 * From custom-elements.json to the configurator's form: each widget the manifest declares, and for each of its
 * attributes a field whose control follows from the attribute's type and description. Nothing here names a widget
 * (apart from one attribute the widget sets itself), so a widget added to the library appears with its options.
 */

export interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  default?: string;
  description?: string;
  fieldName?: string;
}

export interface WidgetDeclaration {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}

export interface Manifest {
  modules?: { path?: string; declarations?: (Partial<WidgetDeclaration> & { customElement?: boolean })[] }[];
}

export type Control =
  | { kind: 'checkbox' }
  | { kind: 'number' }
  | { kind: 'text'; url: boolean }
  /** One of the values the description lists ("`a`, `b` or `c`"). */
  | { kind: 'choice'; options: string[] }
  /** Several of the values of a space-separated list, in their order. */
  | { kind: 'tokens'; options: string[]; defaults: string[] }
  /** A statistic of the bundled catalogue. */
  | { kind: 'stat' }
  /** A country, by name. */
  | { kind: 'country' };

export interface Field {
  attribute: string;
  label: string;
  /** The first paragraph of the attribute's description, on one line (backticks kept: the page shows them as code). */
  help: string;
  control: Control;
  /** The value the widget uses when the attribute is absent, when the manifest or description says it. */
  defaultValue?: string;
}

/**
 * Attributes a widget sets on itself, never a page author: not offered. (`<quick-exit skip-link>` marks the copy
 * the first quick exit adds at the start of the page.)
 */
const SET_BY_THE_WIDGET = new Set(['quick-exit skip-link']);

/** The widgets the manifest declares (custom elements with a tag), sorted by tag. */
export function widgetsOf(manifest: Manifest): WidgetDeclaration[] {
  const found: WidgetDeclaration[] = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName && declaration.name) found.push(declaration as WidgetDeclaration);
    }
  }
  return found.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** A label from an attribute name: `source-url` → "Source URL", `count-src` → "Count URL", `src` → "Dataset URL". */
export function labelFor(name: string): string {
  if (name === 'src') return 'Dataset URL';
  const words = name.split('-').map((word) => (['url', 'utm', 'src', 'iso'].includes(word) ? (word === 'src' ? 'URL' : word.toUpperCase()) : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const WORD = /^[A-Za-z][\w-]*$/;

/**
 * The values a description offers as one choice: backticked words joined by commas and "or", each perhaps followed
 * by a bracket (`json` (default), `form` (…) or `osdi`). The longest such run with two values or more, else none.
 */
export function choicesIn(description: string): string[] {
  const items = [...description.matchAll(/`([^`]+)`(\s*\([^)]*\))?/g)].map((m) => ({ value: m[1]!, start: m.index!, end: m.index! + m[0].length }));
  let best: string[] = [];
  let run: typeof items = [];
  const close = () => {
    if (run.length >= 2 && run.length > best.length && run.every((item) => WORD.test(item.value))) best = run.map((item) => item.value);
  };
  for (const item of items) {
    const previous = run[run.length - 1];
    if (previous && /^\s*(,|or|,\s*or)\s*$/.test(description.slice(previous.end, item.start))) run.push(item);
    else {
      close();
      run = [item];
    }
  }
  close();
  return best;
}

/** The one backticked, space-separated list of words a description gives (`native x email copy`), or none. */
export function listIn(description: string): string[] {
  const spans = [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const list = spans.find(
    (span) =>
      /\s/.test(span.trim()) &&
      span
        .trim()
        .split(/\s+/)
        .every((word) => WORD.test(word)),
  );
  return list ? list.trim().split(/\s+/) : [];
}

/** The default a description names: "Default `a b`", "Default: all but `x`", or "`a` (default)". */
export function defaultIn(description: string, options: string[] = []): string | undefined {
  const named = description.match(/Default:?\s*`([^`]+)`/);
  if (named) return named[1];
  const allBut = description.match(/Default:?\s*all but\s*((?:`[^`]+`(?:,\s*|\s*and\s*|\s*or\s*)?)+)/i);
  if (allBut && options.length) {
    const excluded = [...allBut[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    return options.filter((value) => !excluded.includes(value)).join(' ');
  }
  const marked = description.match(/`([^`]+)`\s*\(default\)/);
  return marked?.[1];
}

const typesOf = (attribute: ManifestAttribute) =>
  (attribute.type?.text ?? 'string')
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t && t !== 'undefined' && t !== 'null');

/** The form fields of a widget, one per attribute a page author sets, in the manifest's order. */
export function fieldsOf(widget: WidgetDeclaration): Field[] {
  const fields: Field[] = [];
  for (const attribute of widget.attributes ?? []) {
    if (SET_BY_THE_WIDGET.has(`${widget.tagName} ${attribute.name}`)) continue;
    const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
    const types = typesOf(attribute);
    // The help an editor reads is the first paragraph, as in the WordPress blocks: the rest speaks to developers.
    const help = (attribute.description ?? '')
      .split(/\n\s*\n/)[0]!
      .replace(/\s+/g, ' ')
      .trim();
    const field: Field = { attribute: attribute.name, label: labelFor(attribute.name), help, control: { kind: 'text', url: false } };
    const previous = fields[fields.length - 1];
    if (types.length === 1 && types[0] === 'boolean') {
      field.control = { kind: 'checkbox' };
      field.defaultValue = attribute.default === 'true' ? 'true' : 'false';
    } else if (attribute.name === 'stat') {
      field.control = { kind: 'stat' };
    } else if (attribute.name === 'country') {
      field.control = { kind: 'country' };
    } else if (types.length === 1 && types[0] === 'number') {
      field.control = { kind: 'number' };
    } else if (/space-separated/i.test(description) && /\(same names\)/i.test(description) && previous?.control.kind === 'tokens') {
      // "Fields the signer must fill (same names)": the values of the list just before, whatever words its default
      // names (checked first: a default of two names would otherwise read as the whole list).
      const options = previous.control.options;
      const named = defaultIn(description, options);
      field.control = { kind: 'tokens', options, defaults: named === undefined ? [] : named.split(/\s+/).filter((v) => options.includes(v)) };
    } else if (/space-separated/i.test(description) && listIn(description).length >= 2) {
      const options = listIn(description);
      field.control = {
        kind: 'tokens',
        options,
        defaults: (defaultIn(description, options) ?? options.join(' ')).split(/\s+/).filter((v) => options.includes(v)),
      };
    } else if (choicesIn(description).length >= 2) {
      field.control = { kind: 'choice', options: choicesIn(description) };
    } else {
      // A web address by its description or its name (`safety-url`'s says neither "URL" nor "https").
      field.control = { kind: 'text', url: /\bURL\b|\bhttps\b/.test(description) || /(^|-)(url|href|src)$/.test(attribute.name) };
    }
    if (field.defaultValue === undefined) {
      const fromManifest = attribute.default?.replace(/^(['"])(.*)\1$/, '$2');
      const named = field.control.kind === 'tokens' ? field.control.defaults.join(' ') : (fromManifest ?? defaultIn(description));
      if (named !== undefined) field.defaultValue = named;
    }
    fields.push(field);
  }
  return fields;
}

/** Same rule as the widgets' number attributes (src/core/format.ts parseNumberAttribute). */
export const isNumberText = (text: string): boolean => /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim()) && Number.isFinite(Number(text.trim()));
