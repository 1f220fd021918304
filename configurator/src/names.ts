/*
 * What an editor reads for a widget, an option, a listed value and a statistic: the WordPress plugin's words from the
 * catalogue (translated in the configurator's language), else what the code itself says.
 */
import { formatFigure, type Catalogue, type CatalogueStat } from './catalogue.js';
import type { Field, WidgetDeclaration } from './manifest.js';
import { t } from './i18n.js';
import type { FormContext } from './values.js';

/**
 * A widget as the list names it: its name first, so a phone's narrow select still shows which one it is
 * ("Help line (<help-line>)"; the summary is under the select). The tag is isolated so a right-to-left name keeps
 * it whole. A widget without a WordPress block has no name: its tag and summary.
 */
export function widgetName(catalogue: Catalogue, widget: WidgetDeclaration): string {
  const title = catalogue.titles?.[widget.tagName];
  return title ? `${t(title)} (\u2068<${widget.tagName}>\u2069)` : `<${widget.tagName}>: ${t(widget.summary ?? widget.name)}`;
}

/** An option's name: as the WordPress plugin's blocks name it (and translate it), else made from the attribute. */
export function optionLabel({ catalogue, tag }: FormContext, field: Field): string {
  return catalogue.labels?.[tag]?.[field.attribute] ?? field.label;
}

/** A listed value as an editor reads it, in the configurator's language (`given-name` → "First name"), else the value. */
export function optionName({ catalogue, tag }: FormContext, field: Field, value: string): string {
  const name = catalogue.optionNames?.[tag]?.[field.attribute]?.[value];
  return name ? t(name) : value;
}

/** A statistic as its list names it: its figure and label in the preview's language, its publisher and year. */
export function statLabel({ catalogue, locale }: FormContext, stat: CatalogueStat): string {
  const label = stat.labels[locale] ?? stat.labels[catalogue.sourceLocale] ?? stat.id;
  const older = stat.supersededBy ? ` · ${t('older edition')}` : '';
  return `${formatFigure(stat, locale)}: ${label} (${stat.publisher}, ${stat.year})${older}`;
}
