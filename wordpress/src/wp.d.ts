// The few parts of WordPress's editor globals (window.wp) this plugin uses, typed by hand so the plugin needs no
// @wordpress/* packages: WordPress 6.5+ provides them at run time (the editor script's dependencies in PHP).

type Child = WpElement | string | number | false | null | undefined;
type Props = Record<string, unknown> | null;

interface WpElement {
  readonly type: unknown;
}

type Component<P> = (props: P) => WpElement | null;

interface Option {
  label: string;
  value: string;
}

interface WpGlobal {
  element: {
    createElement(type: string | Component<never>, props?: Props, ...children: Child[]): WpElement;
    Fragment: Component<never>;
    useState<T>(initial: T): [T, (value: T) => void];
    useEffect(effect: () => void | (() => void), deps?: unknown[]): void;
    useRef<T>(initial: T): { current: T };
  };
  blocks: {
    registerBlockType(name: string, settings: { edit: Component<BlockEditProps>; save: () => null }): unknown;
  };
  blockEditor: {
    useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
    InspectorControls: Component<never>;
  };
  components: {
    PanelBody: Component<never>;
    TextControl: Component<never>;
    TextareaControl: Component<never>;
    ToggleControl: Component<never>;
    SelectControl: Component<never>;
    ComboboxControl: Component<never>;
    CheckboxControl: Component<never>;
    BaseControl: Component<never>;
    Button: Component<never>;
    Dashicon: Component<never>;
    ExternalLink: Component<never>;
    Notice: Component<never>;
    Placeholder: Component<never>;
  };
  data: {
    select(store: string): Record<string, ((...args: unknown[]) => unknown) | undefined> | undefined;
    dispatch(store: string): Record<string, ((...args: unknown[]) => unknown) | undefined> | undefined;
    useSelect<T>(select: (select: WpGlobal['data']['select']) => T, deps: unknown[]): T;
  };
  a11y: {
    /** Says a message to screen readers (through WordPress's own live region). */
    speak(message: string, ariaLive?: 'polite' | 'assertive'): void;
  };
  i18n: {
    __(text: string, domain: string): string;
    _x(text: string, context: string, domain: string): string;
    sprintf(format: string, ...args: unknown[]): string;
  };
}

type BlockAttributes = Record<string, string | number | boolean | undefined>;

interface BlockEditProps {
  attributes: BlockAttributes;
  setAttributes(attributes: BlockAttributes): void;
  isSelected: boolean;
}

declare const wp: WpGlobal;

/** One attribute of a widget, generated from custom-elements.json by scripts/wordpress/build.mjs. */
interface WidgetAttribute {
  name: string;
  key: string;
  type: 'string' | 'number' | 'boolean';
  control: 'text' | 'number' | 'toggle' | 'textarea' | 'url' | 'select' | 'tokens' | 'stat' | 'country' | 'neutral' | 'hidden';
  panel: 'main' | 'advanced';
  label: string;
  description: string;
  options?: string[];
  /** The words an editor reads for each of `options` (English; translated through __()). */
  optionNames?: Record<string, string>;
  defaultOptions?: string[];
  siteDefault?: string;
  /** For an address: the kinds render.php keeps (wordpress/widgets.mjs `accepts`). */
  accepts?: ('web' | 'mailto' | 'https')[];
}

interface Widget {
  tag: string;
  block: string;
  shortcode: string;
  fallback: string;
  attributes: WidgetAttribute[];
}

interface CatalogueStat {
  id: string;
  figure: string;
  label: string;
  source: string;
  year: string;
  url: string;
  estimate: boolean;
  /** The id of the newer edition of this figure, when there is one. */
  supersededBy: string | null;
}

/** Printed by campaign_widgets_editor_assets() (campaign-widgets.php) before the editor script. */
declare const campaignWidgetsEditor: {
  widgets: Widget[];
  stats: CatalogueStat[];
  countries: string[];
  neutralSites: string[];
  siteDefaults: Record<string, string>;
  /** What an address is judged by, as render.php judges it (campaign_widgets_address_site()). */
  addressSite: import('./addresses').AddressSite;
  settingsUrl: string;
  /** A classic theme's page column in px (its `$content_width`); 0 when the editor shows the page's own layout. */
  contentWidth: number;
};

/** Printed by campaign_widgets_canvas_assets() (campaign-widgets.php) before the canvas script. */
declare const campaignWidgetsCanvas: {
  /** The widgets' language on the page: the settings' choice, else the site's. */
  locale: string;
};
