/**
 * What Storybook shows of `custom-elements.json`: a widget's public API as a partner page uses it, not its code.
 *
 * The analyzer lists every class member, private fields (`#…`), protected helpers, statics and methods included.
 * Storybook's own reading of the manifest turns each one into a docs row with an "object" control that does nothing,
 * and puts PROPERTIES before ATTRIBUTES when the first member is a static. Here the manifest is cut down to what a
 * page can write, and the rows are built in the order a designer reads them: attributes, custom properties, slots,
 * events, parts, then the few properties a page's script can set. Only attributes and custom properties get controls:
 * the stories apply those (the `--*` ones as inline style on the widget, see stories/controls.ts).
 *
 * Pure functions of the manifest, so the tests (test/stories/) check them against the real `custom-elements.json`.
 */

export interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text?: string };
}

export interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  inheritedFrom?: { name: string };
}

export interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: (ManifestItem & { fieldName?: string })[];
  members?: ManifestMember[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

export interface Manifest {
  schemaVersion?: string;
  modules: { path?: string; declarations?: ManifestDeclaration[] }[];
}

/** The docs-table categories, in the order the table shows them. */
export const CATEGORIES = ['attributes', 'css custom properties', 'slots', 'events', 'css shadow parts', 'properties'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Shown for the unnamed slot, which Storybook would otherwise drop (it skips rows without a name). */
export const DEFAULT_SLOT = '(default)';

/**
 * A property a page's script can set: public, on the instance, writable, and not the mirror of an attribute (that
 * one is documented as the attribute). Private and protected members, `#` names, statics, methods and read-only
 * getters (`locale`, `exitUrl`) are how the widget works, not how a page uses it.
 */
export function isPageProperty(member: ManifestMember): boolean {
  return (
    member.kind === 'field' &&
    (member.privacy ?? 'public') === 'public' &&
    !member.name.startsWith('#') &&
    !member.static &&
    !member.readonly &&
    !member.attribute
  );
}

/**
 * The manifest as Storybook should read it: public members only, the default slot named `(default)`, and parts shown
 * as `::part(name)` (Storybook keys every row by name, so a part named like an attribute, `value` or `label`, would
 * otherwise hide that attribute's row).
 */
export function publicManifest(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) declaration.members = declaration.members.filter(isPageProperty);
      for (const slot of declaration.slots ?? []) if (!slot.name) slot.name = DEFAULT_SLOT;
      for (const part of declaration.cssParts ?? []) if (!part.name.startsWith('::part(')) part.name = `::part(${part.name})`;
    }
  }
  return copy;
}

/** The custom element declared for `tagName`, if any. */
export function declarationOf(manifest: Manifest, tagName: string): ManifestDeclaration | undefined {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tagName) return declaration;
  }
  return undefined;
}

/** Every `cw-*` event any widget fires, for the Actions panel. */
export function eventNames(manifest: Manifest): string[] {
  const names = new Set<string>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) for (const event of declaration.events ?? []) if (event.name) names.add(event.name);
  }
  return [...names].sort();
}

/** The CSS colour values a default may start with (after `var(--x, ` fallbacks are unwrapped). */
const COLOUR_VALUE = /^(#[0-9a-f]{3,8}|rgba?\(|hsla?\(|oklch\(|transparent$|currentcolor$|inherit$)/i;
const COLOUR_NAME = /-(color|colou?r|background|accent|on-accent|error|muted|surface|text|link|focus)$/;

/** The value a default ends up as when no variable is set: `var(--a, var(--b, #fff))` → `#fff`. */
function finalFallback(value: string): string {
  let rest = value.trim();
  for (let match = /^var\(\s*--[\w-]+\s*,\s*(.*)\)$/.exec(rest); match; match = /^var\(\s*--[\w-]+\s*,\s*(.*)\)$/.exec(rest)) rest = match[1]!.trim();
  return rest;
}

/** Whether a custom property holds a colour (a colour picker), rather than a size, a font or a border shorthand. */
export function isColourProperty(name: string, fallback?: string): boolean {
  if (COLOUR_NAME.test(name)) return true;
  return fallback !== undefined && COLOUR_VALUE.test(finalFallback(fallback));
}

type Control = false | { type: 'boolean' | 'text' | 'color' };

export interface WidgetArgType {
  name: string;
  description?: string;
  type?: { name: 'string' | 'boolean' | 'number' | 'other'; value?: string };
  control: Control;
  table: { category: Category; type?: { summary: string }; defaultValue?: { summary: string } };
}

const summary = (text: string | undefined) => (text ? { summary: text } : undefined);

/** A readable type: `string | undefined` is just `string` to a page (every attribute may be left out). */
const typeSummary = (text: string | undefined) => summary(text?.replace(/\s*\|\s*undefined\b/g, '').trim());

/**
 * The argTypes of one widget, built from the (public) manifest: controls for attributes and custom properties only,
 * every other row for reading. Storybook merges a story file's own argTypes (selects, options) over these.
 */
export function argTypesFor(manifest: Manifest, tagName: string): Record<string, WidgetArgType> {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  const rows: Record<string, WidgetArgType> = {};
  const add = (category: Category, item: ManifestItem, control: Control, type?: WidgetArgType['type']) => {
    if (!item.name || rows[item.name]) return;
    rows[item.name] = {
      name: item.name,
      description: item.description ?? item.summary,
      ...(type ? { type } : {}),
      control,
      table: {
        category,
        type: category === 'attributes' || category === 'properties' ? typeSummary(item.type?.text) : undefined,
        defaultValue: summary(item.default),
      },
    };
  };
  for (const attribute of declaration.attributes ?? []) {
    const boolean = attribute.type?.text === 'boolean';
    add('attributes', attribute, { type: boolean ? 'boolean' : 'text' }, { name: boolean ? 'boolean' : 'string' });
  }
  for (const property of declaration.cssProperties ?? []) {
    const colour = isColourProperty(property.name, property.default);
    // Typed, so Storybook does not infer a type for a story's value and move the row before the attributes.
    add('css custom properties', property, { type: colour ? 'color' : 'text' }, { name: 'string' });
    // A designer's word for the value, not the `string` Storybook would infer from a story's arg.
    rows[property.name]!.table.type = { summary: colour ? 'colour' : 'CSS value' };
  }
  for (const slot of declaration.slots ?? []) add('slots', slot, false);
  for (const event of declaration.events ?? []) add('events', event, false);
  for (const part of declaration.cssParts ?? []) add('css shadow parts', part, false);
  for (const member of (declaration.members ?? []).filter(isPageProperty)) add('properties', member, false);
  return rows;
}

/** The widget's own description (what it does), for the top of its Docs page. */
export function descriptionOf(manifest: Manifest, tagName: string): string {
  return declarationOf(manifest, tagName)?.description ?? '';
}
