// The block editor side of the plugin: one block per widget, with controls generated from the widgets' manifest,
// and the real element as the preview. Blocks save nothing but their attributes (a block comment); render.php
// draws them on the page.
// Gettext calls name the text domain literally, as WordPress's translation tools (and scripts/wordpress/pot.mjs) need.
import { pageAddress, type AddressKind } from './addresses';
import { useReservedSpace } from './reserve';

const { createElement: el, Fragment, useEffect, useRef, useState } = wp.element;
const { useBlockProps, InspectorControls } = wp.blockEditor;
const {
  PanelBody,
  TextControl,
  TextareaControl,
  ToggleControl,
  SelectControl,
  ComboboxControl,
  CheckboxControl,
  BaseControl,
  Button,
  Dashicon,
  ExternalLink,
  Notice,
  Placeholder,
} = wp.components;
const { __, _x, sprintf } = wp.i18n;
const data = campaignWidgetsEditor;

type Value = string | number | boolean | undefined;
type Setter = (key: string, value: Value) => void;

/** The value to store for a text the author typed: an empty field means "the widget's default". */
const textValue = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** The kinds of address an option takes, as render.php reads them (https alone for an address whose kinds are not written). */
const kindsOf = (attribute: WidgetAttribute): AddressKind[] | undefined =>
  attribute.accepts ?? (attribute.control === 'url' || attribute.control === 'neutral' ? ['https'] : undefined);

/** The site's setting that fills an option a block leaves empty, as the page uses it ('' for none, or one it refuses). */
function siteValue(attribute: WidgetAttribute): string {
  const value = attribute.siteDefault ? (data.siteDefaults[attribute.siteDefault] ?? '') : '';
  const kinds = kindsOf(attribute);
  return kinds ? pageAddress(value, kinds, data.addressSite)[0] : value;
}

/**
 * The element's attributes for the preview, as render.php would print them (booleans present or absent): an address
 * the page would not use gives way to the site's setting, or is left out, as on the page.
 */
export function previewAttributes(widget: Widget, attributes: BlockAttributes, permalink?: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of widget.attributes) {
    if (attribute.control === 'hidden') continue;
    let value: Value = attributes[attribute.key];
    const kinds = kindsOf(attribute);
    if (kinds && value !== undefined) value = pageAddress(value, kinds, data.addressSite)[0];
    if ((value === undefined || value === '') && attribute.siteDefault) value = siteValue(attribute) || undefined;
    if (attribute.type === 'boolean') {
      if (value === true) result[attribute.name] = '';
      continue;
    }
    if (value === undefined || (value === '' && attribute.control !== 'tokens')) continue;
    result[attribute.name] = String(value);
  }
  // Previews only: the exit adds no skip link to the editor, and a card shares the post, not the editor.
  if (widget.tag === 'quick-exit') result['no-skip-link'] = '';
  if (widget.tag === 'share-card' && !result.url && permalink) result.url = permalink;
  return result;
}

function help(attribute: WidgetAttribute): string {
  return attribute.description ? __(attribute.description, 'campaign-widgets') : '';
}

function textControl(attribute: WidgetAttribute, value: Value, set: Setter) {
  const siteDefault = attribute.siteDefault ? data.siteDefaults[attribute.siteDefault] : '';
  const props = {
    key: attribute.key,
    label: __(attribute.label, 'campaign-widgets'),
    help: help(attribute),
    value: value === undefined ? '' : String(value),
    placeholder: siteDefault || undefined,
    __nextHasNoMarginBottom: true,
  };
  if (attribute.control === 'textarea') {
    return el(TextareaControl, { ...props, onChange: (text: string) => set(attribute.key, textValue(text)) });
  }
  if (attribute.type === 'number') {
    return el(TextControl, {
      ...props,
      type: 'number',
      onChange: (text: string) => set(attribute.key, text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text)),
    });
  }
  if (attribute.control === 'url') return el(AddressControl, { key: attribute.key, attribute, value, set });
  return el(TextControl, { ...props, type: 'text', onChange: (text: string) => set(attribute.key, textValue(text)) });
}

/**
 * Why the page will not use an address typed for an option, what to type instead and what the page does meanwhile;
 * '' when the page uses it (or none is typed).
 */
function addressProblem(attribute: WidgetAttribute, text: string): string {
  const kinds = kindsOf(attribute) ?? ['https'];
  const refused = pageAddress(text, kinds, data.addressSite)[1];
  if (!refused) return '';
  const local = data.addressSite.localHttp && kinds.includes('web');
  let why: string;
  if (refused === 'local') {
    why = __(
      'This address leads to each visitor’s own computer (localhost), not to your server, so it works only on a test copy of the site. Give your server’s address, starting with https://.',
      'campaign-widgets',
    );
  } else if (kinds.includes('mailto')) {
    why = local
      ? __('The page will not use this address: it must start with https:// or mailto: (http:// only for localhost).', 'campaign-widgets')
      : __('The page will not use this address: it must start with https:// or mailto:.', 'campaign-widgets');
  } else {
    why = local
      ? __('The page will not use this address: it must start with https:// (http:// only for localhost).', 'campaign-widgets')
      : __('The page will not use this address: it must start with https://.', 'campaign-widgets');
  }
  const instead = siteValue(attribute);
  const meanwhile = instead
    ? /* translators: %s: the address set for the whole site in Settings → Campaign widgets */ sprintf(
        __('Meanwhile the page uses the site’s setting: %s', 'campaign-widgets'),
        instead,
      )
    : __('Meanwhile the page leaves it out, as if the field were empty.', 'campaign-widgets');
  return `${why} ${meanwhile}`;
}

/** A field with a problem, marked as WordPress's own fields mark one ($alert-red). */
const problemColor = '#cc1818';

/**
 * An address option. When the page will not use the address, the field says so under it, in its help (so the input
 * is described by it) and marked invalid: a saved address at once, a typed one once the author has left the field
 * (not while they are still typing it), and from then on as they change it. Screen readers hear it when it appears.
 */
function AddressControl({ attribute, value, set, label }: { attribute: WidgetAttribute; value: Value; set: Setter; label?: string }) {
  const text = value === undefined ? '' : String(value);
  const [left, setLeft] = useState(text !== '');
  const problem = left ? addressProblem(attribute, text) : '';
  const spoken = useRef(problem);
  useEffect(() => {
    if (problem && problem !== spoken.current) wp.a11y.speak(problem);
    spoken.current = problem;
  }, [problem]);
  const description = help(attribute);
  return el(TextControl, {
    label: label ?? __(attribute.label, 'campaign-widgets'),
    help: problem
      ? el(
          Fragment,
          null,
          el(
            'span',
            { className: 'campaign-widgets-address-problem', style: { display: 'block', color: problemColor, marginBottom: description ? '8px' : 0 } },
            el(Dashicon, { icon: 'warning', size: 16, 'aria-hidden': true, style: { verticalAlign: 'text-bottom', marginInlineEnd: '4px' } }),
            problem,
          ),
          description,
        )
      : description,
    type: 'url',
    value: text,
    placeholder: siteValue(attribute) || undefined,
    'aria-invalid': problem ? true : undefined,
    style: problem ? { borderColor: problemColor, '--wp-admin-theme-color': problemColor } : undefined,
    onChange: (typed: string) => set(attribute.key, textValue(typed)),
    onBlur: () => setLeft(true),
    __nextHasNoMarginBottom: true,
  });
}

/** A listed value as an editor reads it: its name in the editor's language, else the value itself. */
const optionName = (attribute: WidgetAttribute, option: string): string => {
  const name = attribute.optionNames?.[option];
  return name ? __(name, 'campaign-widgets') : option;
};

function selectControl(attribute: WidgetAttribute, value: Value, set: Setter) {
  const siteDefault = attribute.siteDefault ? data.siteDefaults[attribute.siteDefault] : '';
  const defaultLabel = siteDefault
    ? /* translators: %s: the value set in Settings → Campaign widgets */ sprintf(
        __('Site default: %s', 'campaign-widgets'),
        optionName(attribute, siteDefault),
      )
    : __('Widget default', 'campaign-widgets');
  return el(SelectControl, {
    key: attribute.key,
    label: __(attribute.label, 'campaign-widgets'),
    help: help(attribute),
    value: value === undefined ? '' : String(value),
    options: [{ label: defaultLabel, value: '' }, ...(attribute.options ?? []).map((option) => ({ label: optionName(attribute, option), value: option }))],
    onChange: (choice: string) => set(attribute.key, choice === '' ? undefined : choice),
    __nextHasNoMarginBottom: true,
  });
}

/** Several of the listed values, kept in their listed order; "none" is stored as an empty string. */
function tokensControl(attribute: WidgetAttribute, value: Value, set: Setter) {
  const options = attribute.options ?? [];
  const chosen = new Set(value === undefined ? (attribute.defaultOptions ?? options) : String(value).split(/\s+/).filter(Boolean));
  const toggle = (option: string, on: boolean) => {
    const next = options.filter((o) => (o === option ? on : chosen.has(o)));
    set(attribute.key, next.join(' '));
  };
  return el(
    BaseControl,
    { key: attribute.key, id: `cw-${attribute.key}`, label: __(attribute.label, 'campaign-widgets'), help: help(attribute), __nextHasNoMarginBottom: true },
    ...options.map((option) =>
      el(CheckboxControl, {
        key: option,
        label: optionName(attribute, option),
        checked: chosen.has(option),
        onChange: (on: boolean) => toggle(option, on),
        __nextHasNoMarginBottom: true,
      }),
    ),
    value === undefined
      ? null
      : el(Button, { variant: 'link', onClick: () => set(attribute.key, undefined) }, __('Back to the widget’s default', 'campaign-widgets')),
  );
}

/**
 * The statistics catalogue: each entry with its figure and source, an older edition marked as such; the chosen one
 * with its linked source, and the newer edition named when there is one.
 */
function statControl(attribute: WidgetAttribute, value: Value, set: Setter) {
  const chosen = data.stats.find((stat) => stat.id === value);
  const newer = chosen?.supersededBy ? data.stats.find((stat) => stat.id === chosen.supersededBy) : undefined;
  const older = ` — ${__('older edition', 'campaign-widgets')}`;
  return el(
    Fragment,
    { key: attribute.key },
    el(SelectControl, {
      label: __('Statistic', 'campaign-widgets'),
      value: value === undefined ? '' : String(value),
      options: [
        { label: __('— Choose a statistic —', 'campaign-widgets'), value: '' },
        ...data.stats.map((stat) => ({
          label: `${stat.figure} · ${stat.label} (${stat.source}, ${stat.year})${stat.supersededBy ? older : ''}`,
          value: stat.id,
        })),
      ],
      onChange: (id: string) => set(attribute.key, id === '' ? undefined : id),
      __nextHasNoMarginBottom: true,
    }),
    chosen
      ? el(
          'div',
          { className: 'campaign-widgets-stat-choice' },
          el('p', null, el('strong', null, chosen.figure), ' ', chosen.label),
          el(
            'p',
            null,
            el(
              ExternalLink,
              { href: chosen.url },
              /* translators: 1: publisher, 2: year */ sprintf(__('Source: %1$s, %2$s', 'campaign-widgets'), chosen.source, chosen.year),
            ),
            chosen.estimate ? ` · ${__('estimate', 'campaign-widgets')}` : '',
          ),
          newer
            ? el(
                'p',
                null,
                /* translators: %s: the newer figure and its label, e.g. "$236 billion · illegal profits from forced labour". */
                sprintf(__('A newer edition exists: %s.', 'campaign-widgets'), `${newer.figure} · ${newer.label}`),
              )
            : null,
        )
      : null,
  );
}

/** Countries by name in the editor's language (the widget still gets the ISO code). */
function countryControl(attribute: WidgetAttribute, value: Value, set: Setter) {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'region' });
  } catch {
    names = new Intl.DisplayNames(['en'], { type: 'region' });
  }
  const options = data.countries.map((code) => ({ value: code, label: names?.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label));
  return el(ComboboxControl, {
    key: attribute.key,
    // Its own context: the petition's "Country" field is a different word in some languages (zh 国家/地区).
    label: _x('Country', 'the country picker', 'campaign-widgets'),
    help: __('Leave empty to let visitors pick their own country.', 'campaign-widgets'),
    value: value === undefined ? null : String(value).toUpperCase(),
    options,
    onChange: (code: string | null) => set(attribute.key, code || undefined),
    __nextHasNoMarginBottom: true,
  });
}

/** The quick exit's neutral site: a suggestion, or any https address. */
function NeutralControl({ attribute, value, set }: { attribute: WidgetAttribute; value: Value; set: Setter }) {
  const current = value === undefined ? '' : String(value);
  const [custom, setCustom] = useState(current !== '' && !data.neutralSites.includes(current));
  const siteDefault = attribute.siteDefault ? data.siteDefaults[attribute.siteDefault] : '';
  return el(
    Fragment,
    null,
    el(SelectControl, {
      label: __('Neutral site', 'campaign-widgets'),
      help: __('Where the exit takes the visitor: a site that says nothing about them, such as the weather.', 'campaign-widgets'),
      value: custom ? 'custom' : current,
      options: [
        /* translators: %s: the neutral site set in Settings → Campaign widgets */
        {
          label: siteDefault ? sprintf(__('Site default: %s', 'campaign-widgets'), siteDefault) : __('Widget default', 'campaign-widgets'),
          value: '',
        },
        ...data.neutralSites.map((site) => ({ label: site, value: site })),
        { label: __('Another address…', 'campaign-widgets'), value: 'custom' },
      ],
      onChange: (choice: string) => {
        setCustom(choice === 'custom');
        if (choice !== 'custom') set(attribute.key, choice === '' ? undefined : choice);
      },
      __nextHasNoMarginBottom: true,
    }),
    custom ? el(AddressControl, { attribute: { ...attribute, description: '' }, value, set, label: __('Address (https)', 'campaign-widgets') }) : null,
  );
}

function control(attribute: WidgetAttribute, value: Value, set: Setter) {
  switch (attribute.control) {
    case 'hidden':
      return null;
    case 'toggle':
      return el(ToggleControl, {
        key: attribute.key,
        label: __(attribute.label, 'campaign-widgets'),
        help: help(attribute),
        checked: value === true,
        onChange: (on: boolean) => set(attribute.key, on ? true : undefined),
        __nextHasNoMarginBottom: true,
      });
    case 'select':
      return selectControl(attribute, value, set);
    case 'tokens':
      return tokensControl(attribute, value, set);
    case 'stat':
      return statControl(attribute, value, set);
    case 'country':
      return countryControl(attribute, value, set);
    case 'neutral':
      return el(NeutralControl, { key: attribute.key, attribute, value, set });
    default:
      return textControl(attribute, value, set);
  }
}

function permalink(): string | undefined {
  const link = wp.data.select('core/editor')?.getPermalink?.();
  return typeof link === 'string' && /^https?:/.test(link) ? link : undefined;
}

/** A widget that takes its content from the catalogue, given none: nothing the element could show. */
function empty(widget: Widget, attributes: BlockAttributes): boolean {
  if (!widget.attributes.some((a) => a.control === 'stat')) return false;
  return ['stat', 'value', 'text', 'label'].every((key) => attributes[key] === undefined || attributes[key] === '');
}

function edit(widget: Widget) {
  return function Edit({ attributes, setAttributes }: BlockEditProps) {
    const set: Setter = (key, value) => setAttributes({ [key]: value });
    const blockProps = useBlockProps();
    const main = widget.attributes.filter((a) => a.panel === 'main').map((a) => control(a, attributes[a.key], set));
    const advanced = widget.attributes.filter((a) => a.panel === 'advanced').map((a) => control(a, attributes[a.key], set));
    // What the page will print: the preview shows it, and a petition the page gives no endpoint says so.
    const page = previewAttributes(widget, attributes, permalink());
    const needsEndpoint = widget.tag === 'petition-form' && !page.action;
    const preview = empty(widget, attributes) ? null : page;
    const previewRef = useReservedSpace(
      preview,
      data.contentWidth,
      { reserveNarrow: attributes.reserveNarrow as number | undefined, reserveWide: attributes.reserveWide as number | undefined },
      (space) => {
        // A measurement, not an edit: it joins the author's last change in the undo history rather than taking an
        // Undo of its own (as WordPress's own blocks do for values they derive).
        wp.data.dispatch('core/block-editor')?.__unstableMarkNextChangeAsNotPersistent?.();
        setAttributes({ ...space });
      },
    );
    return el(
      Fragment,
      null,
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Settings', 'campaign-widgets'), initialOpen: true },
          needsEndpoint
            ? el(
                Notice,
                { status: 'warning', isDismissible: false },
                __(
                  'Signatures need an endpoint: give one here, or an administrator sets one for the whole site in Settings → Campaign widgets.',
                  'campaign-widgets',
                ),
              )
            : null,
          ...main,
        ),
        advanced.some(Boolean) ? el(PanelBody, { title: __('More options', 'campaign-widgets'), initialOpen: false }, ...advanced) : null,
      ),
      el(
        'div',
        blockProps,
        !preview
          ? // A figure block with nothing to show yet: the catalogue right in the canvas rather than an empty box.
            el(
              Placeholder,
              {
                icon: 'chart-bar',
                label: __('Choose a statistic', 'campaign-widgets'),
                instructions: __('Each figure comes with its source. More options are in the block’s settings.', 'campaign-widgets'),
              },
              statControl(
                widget.attributes.find((a) => a.control === 'stat')!,
                undefined,
                set,
              ),
            )
          : // The real element, inert: a preview to look at, never a form to send or an exit to take from the editor.
            el('div', { className: 'campaign-widgets-preview', inert: '' }, el(widget.tag, { ...preview, ref: previewRef })),
      ),
    );
  };
}

for (const widget of data.widgets) {
  wp.blocks.registerBlockType(widget.block, { edit: edit(widget), save: () => null });
}
