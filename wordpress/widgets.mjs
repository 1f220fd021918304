// The small mapping from each widget to its block: what the manifest (custom-elements.json) cannot say.
// Attribute names, types, defaults and descriptions come from the manifest at build time
// (scripts/wordpress/build.mjs); this file adds only the block's title, icon and keywords, and which editor
// control suits an attribute beyond the plain one its type gives, and the label an editor reads where the attribute's
// name would not say it plainly (shared with the configurator). A widget listed here but absent from the
// manifest gets no block (yet); an attribute named here but absent from the manifest stops the build.
//
// Controls (everything not named gets one from its type: text, number or toggle):
//   stat      the statistics catalogue, each entry with its figure and source
//   country   a country picker by name (Intl.DisplayNames in the editor's language)
//   select    one of the values the manifest's description lists in backticks
//   tokens    several of those values, space-separated, in their listed order (checkboxes); `optionsOf`
//             takes the values another attribute lists
//   url       an address; `accepts` lists the kinds of address the widget takes there (src/core/safe-url.ts):
//             `web` (the default) is https, or http to this machine (localhost, 127.0.0.1, [::1]); `mailto` an
//             email link. render.php keeps only those (http to this machine only on a local or development site)
//   textarea  longer text
//   neutral   the quick exit's neutral site: a few suggestions or any https address (a full `https` one only, even
//             on this machine: an exit always leaves for another, real site)
//   hidden    not shown in the editor (set by the widget itself)
// `panel: 'advanced'` puts a control in a closed panel below the main one. `siteDefault` names a setting of
// the plugin's settings page that fills the attribute when the block leaves it empty.
// `fallback` names what render.php prints inside the element for visitors without JavaScript.
// `names` gives the words an editor reads for each value of a select or tokens control (`given-name` → "First
// name"), translated with the plugin's texts and shared by the configurator; when given, the build checks that it
// names every listed value and nothing else. A tokens control with `optionsOf` takes that attribute's names.

/** The plugin's shortcode for a widget: `[cw_trafficking_stat …]` for `<trafficking-stat>`. */
export const shortcodeOf = (tag) => `cw_${tag.replace(/-/g, '_')}`;

/** The figure formats of `<trafficking-stat format>`, an example of each in its name. */
const figureFormats = {
  number: 'Number (1,234,567)',
  percent: 'Percentage (71%)',
  currency: 'Amount of money ($150,000,000,000)',
  compact: 'Short number (1.2M)',
  'compact-currency': 'Short amount of money ($150B)',
};

/** The share actions of `<share-card networks>`: the brands as the widget spells them (networks.ts `BRANDS`; a test compares). */
const shareActions = {
  native: 'The device’s share menu',
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  telegram: 'Telegram',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  email: 'Email',
  copy: 'Copy link',
};

/** The fields of `<petition-form>`, named as the form labels them. */
const petitionFields = {
  'given-name': 'First name',
  'family-name': 'Last name',
  email: 'Email',
  country: 'Country',
  'postal-code': 'Postal code',
  phone: 'Phone',
};

/** The body formats of `<petition-form format>`: what the receiving system reads (the receiver reads all three). */
const petitionFormats = {
  json: 'JSON',
  form: 'Form data, as a plain HTML form sends it',
  osdi: 'OSDI (Action Network and other OSDI systems)',
};

/** @type {Record<string, {title: string, icon: string, keywords: string[], fallback: string, example?: Record<string, unknown>, controls?: Record<string, {control?: string, panel?: string, label?: string, optionsOf?: string, siteDefault?: string, names?: Record<string, string>, accepts?: string[]}>}>} */
export const widgets = {
  'trafficking-stat': {
    title: 'Trafficking statistic',
    icon: 'chart-bar',
    keywords: ['statistic', 'figure', 'source', 'trafficking', 'slavery'],
    fallback: 'stat',
    example: { stat: 'ilo-2014-forced-labour-profits' },
    controls: {
      stat: { control: 'stat', label: 'Statistic' },
      value: { panel: 'advanced', label: 'Your own figure' },
      format: { control: 'select', panel: 'advanced', label: 'How the figure is written', names: figureFormats },
      currency: { panel: 'advanced' },
      label: { control: 'textarea', panel: 'advanced', label: 'Text under the figure' },
      source: { panel: 'advanced', label: 'Published by' },
      'source-url': { control: 'url', panel: 'advanced', label: 'Link to the source' },
      year: { panel: 'advanced', label: 'Year of the source' },
      estimate: { panel: 'advanced', label: 'The figure is an estimate' },
      animate: { label: 'Count up when first seen' },
    },
  },
  'share-card': {
    title: 'Share card',
    icon: 'share',
    keywords: ['share', 'social', 'fact', 'card'],
    fallback: 'stat',
    example: { stat: 'unodc-2016-women-girls-share' },
    controls: {
      stat: { control: 'stat', label: 'Statistic' },
      text: { control: 'textarea', label: 'Text to share' },
      url: { control: 'url', label: 'Address to share' },
      networks: { control: 'tokens', label: 'Share buttons', names: shareActions },
      download: { label: 'Offer “Save image”' },
      'utm-source': { panel: 'advanced', label: 'Link tracking: source' },
      'utm-medium': { panel: 'advanced', label: 'Link tracking: medium' },
      'utm-campaign': { panel: 'advanced', label: 'Link tracking: campaign' },
    },
  },
  'petition-form': {
    title: 'Petition form',
    icon: 'feedback',
    keywords: ['petition', 'sign', 'signature', 'campaign'],
    fallback: 'petition',
    controls: {
      action: { control: 'url', label: 'Where signatures are sent', siteDefault: 'petition_action' },
      format: { control: 'select', siteDefault: 'petition_format', names: petitionFormats },
      method: { control: 'select', panel: 'advanced', label: 'Sending method' },
      fields: { control: 'tokens', label: 'Fields to fill in', names: petitionFields },
      required: { control: 'tokens', label: 'Required fields', optionsOf: 'fields' },
      count: { label: 'Signatures so far' },
      'count-src': { control: 'url', panel: 'advanced', label: 'Live count address' },
      'privacy-url': { control: 'url', label: 'Privacy notice' },
      consent: { control: 'textarea', label: 'Opt-in text' },
      tags: { panel: 'advanced' },
      'source-code': { panel: 'advanced', label: 'Tracking code' },
      persist: { panel: 'advanced', label: 'Keep an unsent signature on the device' },
      autofill: { panel: 'advanced', label: 'Let browsers fill in and remember the signer’s details' },
    },
  },
  'mission-contact': {
    title: 'UN mission contact',
    icon: 'megaphone',
    keywords: ['mission', 'united nations', 'government', 'call', 'email'],
    fallback: 'mission',
    example: { country: 'KE' },
    controls: {
      country: { control: 'country' },
      src: { control: 'url', label: 'Your own data (address)', panel: 'advanced' },
      subject: { panel: 'advanced', label: 'Email subject' },
      message: { control: 'textarea', panel: 'advanced', label: 'Message for emails and calls' },
      'report-url': { control: 'url', accepts: ['web', 'mailto'], panel: 'advanced', label: 'Where to report wrong details' },
      'heading-level': { panel: 'advanced', label: 'Heading level for screen readers' },
    },
  },
  'quick-exit': {
    title: 'Quick exit',
    icon: 'migrate',
    keywords: ['exit', 'safety', 'escape', 'leave'],
    fallback: 'exit',
    controls: {
      href: { control: 'neutral', label: 'Neutral site', siteDefault: 'quick_exit_href' },
      sticky: { label: 'Keep in view while the page scrolls' },
      'safety-url': { control: 'url', label: 'Safety advice page', siteDefault: 'quick_exit_safety_url' },
      'skip-link': { control: 'hidden' },
      'no-skip-link': { label: 'No exit link at the start of the page' },
    },
  },
  'help-line': {
    title: 'Help line',
    icon: 'phone',
    keywords: ['help', 'helpline', 'hotline', 'phone', 'support'],
    fallback: 'help',
    example: { country: 'KE' },
    controls: {
      country: { control: 'country' },
      src: { control: 'url', label: 'Your own data (address)', panel: 'advanced' },
      compact: { label: 'Discreet: one line' },
      'heading-level': { panel: 'advanced', label: 'Heading level for screen readers' },
    },
  },
};

/** Suggested neutral sites for the quick exit (any https address may be typed instead). */
export const neutralSites = ['https://www.bbc.co.uk/weather', 'https://www.google.com/search?q=weather', 'https://en.wikipedia.org/wiki/Special:Random'];
