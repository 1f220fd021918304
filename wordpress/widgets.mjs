// The small mapping from each widget to its block: what the manifest (custom-elements.json) cannot say.
// Attribute names, types, defaults and descriptions come from the manifest at build time
// (scripts/wordpress/build.mjs); this file adds only the block's title, icon and keywords, and which editor
// control suits an attribute beyond the plain one its type gives. A widget listed here but absent from the
// manifest gets no block (yet); an attribute named here but absent from the manifest stops the build.
//
// Controls (everything not named gets one from its type: text, number or toggle):
//   stat      the statistics catalogue, each entry with its figure and source
//   country   a country picker by name (Intl.DisplayNames in the editor's language)
//   select    one of the values the manifest's description lists in backticks
//   tokens    several of those values, space-separated, in their listed order (checkboxes); `optionsOf`
//             takes the values another attribute lists
//   url       a web address (escaped with esc_url; the widget checks the scheme again)
//   textarea  longer text
//   neutral   the quick exit's neutral site: a few suggestions or any https address
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

/** @type {Record<string, {title: string, icon: string, keywords: string[], fallback: string, example?: Record<string, unknown>, controls?: Record<string, {control?: string, panel?: string, label?: string, optionsOf?: string, siteDefault?: string, names?: Record<string, string>}>}>} */
export const widgets = {
  'trafficking-stat': {
    title: 'Trafficking statistic',
    icon: 'chart-bar',
    keywords: ['statistic', 'figure', 'source', 'trafficking', 'slavery'],
    fallback: 'stat',
    example: { stat: 'ilo-2014-forced-labour-profits' },
    controls: {
      stat: { control: 'stat' },
      value: { panel: 'advanced' },
      format: { control: 'select', panel: 'advanced', names: figureFormats },
      currency: { panel: 'advanced' },
      label: { control: 'textarea', panel: 'advanced' },
      source: { panel: 'advanced' },
      'source-url': { control: 'url', panel: 'advanced' },
      year: { panel: 'advanced' },
      estimate: { panel: 'advanced' },
    },
  },
  'share-card': {
    title: 'Share card',
    icon: 'share',
    keywords: ['share', 'social', 'fact', 'card'],
    fallback: 'stat',
    example: { stat: 'unodc-2016-women-girls-share' },
    controls: {
      stat: { control: 'stat' },
      text: { control: 'textarea' },
      url: { control: 'url' },
      networks: { control: 'tokens', names: shareActions },
      'utm-source': { panel: 'advanced' },
      'utm-medium': { panel: 'advanced' },
      'utm-campaign': { panel: 'advanced' },
    },
  },
  'petition-form': {
    title: 'Petition form',
    icon: 'feedback',
    keywords: ['petition', 'sign', 'signature', 'campaign'],
    fallback: 'petition',
    controls: {
      action: { control: 'url', label: 'Endpoint', siteDefault: 'petition_action' },
      format: { control: 'select', siteDefault: 'petition_format', names: petitionFormats },
      method: { control: 'select', panel: 'advanced' },
      fields: { control: 'tokens', names: petitionFields },
      required: { control: 'tokens', optionsOf: 'fields' },
      'count-src': { control: 'url', panel: 'advanced' },
      'privacy-url': { control: 'url' },
      consent: { control: 'textarea' },
      tags: { panel: 'advanced' },
      'source-code': { panel: 'advanced' },
      persist: { panel: 'advanced' },
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
      src: { control: 'url', label: 'Dataset URL', panel: 'advanced' },
      subject: { panel: 'advanced' },
      message: { control: 'textarea', panel: 'advanced' },
      'report-url': { control: 'url', panel: 'advanced' },
    },
  },
  'quick-exit': {
    title: 'Quick exit',
    icon: 'migrate',
    keywords: ['exit', 'safety', 'escape', 'leave'],
    fallback: 'exit',
    controls: {
      href: { control: 'neutral', siteDefault: 'quick_exit_href' },
      'safety-url': { control: 'url', siteDefault: 'quick_exit_safety_url' },
      'skip-link': { control: 'hidden' },
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
      src: { control: 'url', label: 'Dataset URL', panel: 'advanced' },
    },
  },
};

/** Suggested neutral sites for the quick exit (any https address may be typed instead). */
export const neutralSites = ['https://www.bbc.co.uk/weather', 'https://www.google.com/search?q=weather', 'https://en.wikipedia.org/wiki/Special:Random'];
