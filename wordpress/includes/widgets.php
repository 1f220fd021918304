<?php
/**
 * Rendering shared by the blocks, the shortcodes and the site-wide quick exit: the element with its escaped
 * attributes, and inside it a plain-HTML fallback for visitors without JavaScript. The fallback sits in the slot
 * `cw-fallback`, which a widget renders only while it has nothing of its own to show (help-line and mission-contact
 * while their data loads; help-line also beside its directory when no help data can be used).
 *
 * @package campaign-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The build's data (build/plugin-data.json): the widgets' attributes from custom-elements.json, the catalogue, texts.
 * Null when the file is missing or unreadable (an unbuilt folder, a broken upload): campaign-widgets.php then says so.
 */
function campaign_widgets_data() {
	static $data = false;
	if ( false === $data ) {
		$file = dirname( __DIR__ ) . '/build/plugin-data.json';
		$data = is_readable( $file ) ? wp_json_file_decode( $file, array( 'associative' => true ) ) : null;
		$data = is_array( $data ) && isset( $data['widgets'] ) ? $data : null;
	}
	return $data;
}

/** For administrators, when the build's data is missing: what is wrong and how to fix it. */
function campaign_widgets_missing_data_notice() {
	if ( current_user_can( 'activate_plugins' ) ) {
		echo '<div class="notice notice-error"><p>' . esc_html__( 'Campaign widgets cannot run: its file build/plugin-data.json is missing or damaged. Upload the plugin’s zip again.', 'campaign-widgets' ) . '</p></div>';
	}
}

/** The widget whose `tag`, `block` or `shortcode` is $value, or null. */
function campaign_widgets_widget( $field, $value ) {
	foreach ( campaign_widgets_data()['widgets'] as $widget ) {
		if ( $widget[ $field ] === $value ) {
			return $widget;
		}
	}
	return null;
}

/**
 * The shipped widget locale nearest to a WordPress locale, as the widgets' own script chooses it: the same tag, else
 * its language (`fr_CA` → `fr`), else the regional locale shipped for that language (`pt_PT` → `pt-BR`), else the
 * widgets' source locale. (A pseudo-locale such as `en-XA` is never chosen.)
 */
function campaign_widgets_match_locale( $wp_locale ) {
	$data     = campaign_widgets_data();
	$tag      = strtolower( str_replace( '_', '-', (string) $wp_locale ) );
	$language = strtok( $tag, '-' );
	foreach ( array( $tag, $language ) as $candidate ) {
		foreach ( $data['locales'] as $locale ) {
			if ( strtolower( $locale ) === $candidate ) {
				return $locale;
			}
		}
	}
	foreach ( $data['locales'] as $locale ) {
		$lower = strtolower( $locale );
		if ( 0 === strpos( $lower, "$language-" ) && ! preg_match( '/-(aa|q[m-z]|x[a-z]|zz)$/', $lower ) ) {
			return $locale;
		}
	}
	return $data['sourceLocale'];
}

/** The language the widgets will speak on this page: the settings' choice, else the page's. */
function campaign_widgets_page_locale() {
	$settings = campaign_widgets_settings();
	return '' !== $settings['locale'] ? $settings['locale'] : campaign_widgets_match_locale( get_locale() );
}

/** The block's attributes (camelCase keys) as the element's attributes (kebab-case names). */
function campaign_widgets_block_values( array $widget, array $attributes ) {
	$values = array();
	foreach ( $widget['attributes'] as $attribute ) {
		if ( array_key_exists( $attribute['key'], $attributes ) ) {
			$values[ $attribute['name'] ] = $attributes[ $attribute['key'] ];
		}
	}
	return $values;
}

/**
 * The block wrapper's attributes that keep a widget's space from the first paint (reserve.css): the heights in em
 * that the editor measured at a phone's width and at its own. A value that is not a plausible height (a hand-edited
 * block) is left out, so it can neither collapse nor stretch the page.
 */
function campaign_widgets_reserve_attributes( array $attributes ) {
	$style = '';
	foreach ( array( 'reserveNarrow' => '--cw-reserve-narrow', 'reserveWide' => '--cw-reserve-wide' ) as $key => $property ) {
		$value = isset( $attributes[ $key ] ) ? $attributes[ $key ] : null;
		if ( is_numeric( $value ) && $value > 0 && $value <= 500 ) {
			$style .= $property . ':' . rtrim( rtrim( sprintf( '%.2F', $value ), '0' ), '.' ) . 'em;';
		}
	}
	return '' === $style ? array() : array(
		'class' => 'campaign-widgets-reserved',
		'style' => $style,
	);
}

/**
 * Shortcode: `[cw_trafficking_stat stat="…" animate]`: attribute names as the element's; a bare name is a boolean.
 * `reserve="7.5em 5.25em"` (the configurator writes it: the widget's height at a phone's width, then on a wide screen)
 * keeps that room from the first paint, as a block's reservation does; a single height serves every width.
 */
function campaign_widgets_shortcode( $atts, $content, $shortcode ) {
	$widget = campaign_widgets_widget( 'shortcode', $shortcode );
	if ( ! $widget ) {
		return '';
	}
	$values = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$values[ strtolower( $value ) ] = true;
		} else {
			$values[ strtolower( $key ) ] = $value;
		}
	}
	$wrapper = '';
	$height = '(\d+(?:\.\d+)?)\s*(?:em)?';
	if ( isset( $values['reserve'] ) && is_string( $values['reserve'] ) && preg_match( '/^\s*' . $height . '(?:\s+' . $height . ')?\s*$/i', $values['reserve'], $heights ) ) {
		// One height serves every width; a second is the wide screen's.
		$reserve = campaign_widgets_reserve_attributes(
			array(
				'reserveNarrow' => $heights[1],
				'reserveWide'   => isset( $heights[2] ) ? $heights[2] : $heights[1],
			)
		);
		foreach ( $reserve as $name => $value ) {
			$wrapper .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
		// In the head when the post's content has the shortcode (campaign_widgets_reserve_enqueue); else late, at the
		// end of the page, still before the widgets' script runs.
		wp_enqueue_style( 'campaign-widgets-reserve' );
	}
	wp_enqueue_script_module( 'campaign-widgets' );
	return campaign_widgets_render( $widget, $values, $wrapper );
}

/** A boolean attribute is on when given as true, or as any text but "false", "0", "no" or "off". */
function campaign_widgets_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), array( '', 'false', '0', 'no', 'off' ), true );
}

/** True for the hosts of this machine, the only ones the widgets reach over plain http (src/core/safe-url.ts). */
function campaign_widgets_is_local_host( $host ) {
	return is_string( $host ) && in_array( strtolower( $host ), array( 'localhost', '127.0.0.1', '[::1]' ), true );
}

/**
 * Whether an http address on this machine (localhost, 127.0.0.1, [::1]) may be kept: only on a site that runs on
 * such a host itself, or whose environment type is local or development. On a live site, such an address would
 * take each visitor's browser to their own computer, never to the site's server.
 */
function campaign_widgets_local_http_allowed() {
	if ( in_array( wp_get_environment_type(), array( 'local', 'development' ), true ) ) {
		return true;
	}
	return campaign_widgets_is_local_host( wp_parse_url( home_url(), PHP_URL_HOST ) )
		|| campaign_widgets_is_local_host( wp_parse_url( site_url(), PHP_URL_HOST ) );
}

/**
 * What an address is judged by, besides the address itself: the home page's scheme and host, where a relative
 * address lands, and whether http to this machine is kept here. The editor gets the same (campaign_widgets_editor_assets()),
 * so it tells an author what the page will do with an address (wordpress/src/addresses.ts).
 */
function campaign_widgets_address_site() {
	$page = home_url( '/' );
	return array(
		'scheme'    => wp_parse_url( $page, PHP_URL_SCHEME ),
		'host'      => wp_parse_url( $page, PHP_URL_HOST ),
		'localHttp' => campaign_widgets_local_http_allowed(),
	);
}

/**
 * esc_url(), or esc_url_raw() with $raw, for an address from a block or shortcode: one WordPress cannot read (a
 * character reference too large for PHP, `&#99999999999999999999;`) makes them throw on PHP 8, and the page would
 * stop rendering (the "critical error" screen). Such an address is none: ''.
 */
function campaign_widgets_escape_url( $url, array $protocols, $raw = false ) {
	try {
		return $raw ? esc_url_raw( $url, $protocols ) : esc_url( $url, $protocols );
	} catch ( \Throwable $error ) {
		return '';
	}
}

/**
 * An address checked as the widget checks it (src/core/safe-url.ts), for an attribute that accepts $kinds (its
 * `accepts` in wordpress/widgets.mjs): `https`, a full https address; `web`, an https address or http on this machine
 * (where campaign_widgets_local_http_allowed() says so), a relative one judged where the widget resolves it, at the
 * page's address on this site; `mailto`, an email link. The editor judges alike (wordpress/src/addresses.ts, the
 * same steps written in TypeScript): a change here is one there, and the WordPress tests compare the two.
 *
 * @param mixed $given The address as given.
 * @param array $kinds What the attribute accepts.
 * @return array The address (through esc_url_raw(); '' when none was given) and '', or '' and why it is refused:
 *               `scheme` (not a kind the attribute accepts, or a scheme or host PHP cannot read) or `local` (http on
 *               this machine, from a live site).
 */
function campaign_widgets_check_url( $given, array $kinds ) {
	$given = is_string( $given ) ? trim( $given ) : '';
	if ( '' === $given ) {
		return array( '', '' );
	}
	$value = campaign_widgets_escape_url( $given, in_array( 'mailto', $kinds, true ) ? array( 'https', 'http', 'mailto' ) : array( 'https', 'http' ), true );
	if ( '' === $value ) {
		return array( '', 'scheme' );
	}
	$scheme = wp_parse_url( $value, PHP_URL_SCHEME );
	$host   = wp_parse_url( $value, PHP_URL_HOST );
	// An address that names a scheme (`http:`) or a host (`//`) PHP cannot read is not a relative one. PHP reads no
	// scheme in `http:///x`, `http://:80` or `///x`, and only a host `http` in `http:80`; a browser goes to http://x/
	// for `http:///x` (and for `///x` from an http page), to http://0.0.0.80/ for `http:80`. Taken for relative
	// addresses, they would pass on an https site.
	if ( ( ! $scheme && preg_match( '/^[a-z][a-z0-9+.-]*:/i', $value ) ) || ( ! $host && '//' === substr( $value, 0, 2 ) ) ) {
		return array( '', 'scheme' );
	}
	if ( ! $scheme && ! in_array( 'web', $kinds, true ) ) {
		// The neutral site is another site: `#top`, `?` or `/about/` would keep the visitor on this one.
		return array( '', 'scheme' );
	}
	$site = campaign_widgets_address_site();
	if ( ! $scheme ) {
		// `/sign`, `//host/sign`: on the page's scheme (and host, when it names none).
		$scheme = $site['scheme'];
		$host   = $host ? $host : $site['host'];
	}
	$scheme = strtolower( (string) $scheme );
	if ( 'https' === $scheme || ( 'mailto' === $scheme && in_array( 'mailto', $kinds, true ) ) ) {
		return array( $value, '' );
	}
	if ( 'http' === $scheme && in_array( 'web', $kinds, true ) && campaign_widgets_is_local_host( $host ) ) {
		return $site['localHttp'] ? array( $value, '' ) : array( '', 'local' );
	}
	return array( '', 'scheme' );
}

/**
 * The element: `<tag attributes…>fallback</tag>`. $values are keyed by the element's attribute names; unknown
 * names are dropped, every value is escaped, an address is kept only when the widget would use it.
 *
 * @param array  $widget  One widget of the build's data.
 * @param array  $values  Attribute values by attribute name.
 * @param string $wrapper Attributes already escaped by WordPress (get_block_wrapper_attributes()).
 */
function campaign_widgets_render( array $widget, array $values, $wrapper = '' ) {
	$settings = campaign_widgets_settings();
	$html     = '';
	$used     = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$name  = $attribute['name'];
		$value = array_key_exists( $name, $values ) ? $values[ $name ] : null;
		if ( 'hidden' === $attribute['control'] ) {
			continue;
		}
		// An address the widget would refuse (javascript:, http to another host, mailto: where it takes none…) is
		// dropped, so it falls to the site's default below, or leaves the attribute out; so is a site default that
		// no longer serves (http://localhost, saved on a test copy of the site). Printed HTML-escaped.
		$kinds = isset( $attribute['accepts'] ) && is_array( $attribute['accepts'] ) ? $attribute['accepts'] : null;
		if ( ! $kinds && in_array( $attribute['control'], array( 'url', 'neutral' ), true ) ) {
			$kinds = array( 'https' ); // An address whose kinds the build did not write: https alone.
		}
		if ( $kinds && null !== $value ) {
			$value = campaign_widgets_check_url( $value, $kinds )[0];
		}
		if ( ( null === $value || '' === $value ) && ! empty( $attribute['siteDefault'] ) ) {
			$value = isset( $settings[ $attribute['siteDefault'] ] ) ? $settings[ $attribute['siteDefault'] ] : '';
			if ( $kinds ) {
				$value = campaign_widgets_check_url( $value, $kinds )[0];
			}
		}
		if ( 'boolean' === $attribute['type'] ) {
			if ( null !== $value && campaign_widgets_is_on( $value ) ) {
				$html .= ' ' . $name;
				$used[ $name ] = true;
			}
			continue;
		}
		if ( null === $value || is_array( $value ) || ( '' === $value && 'tokens' !== $attribute['control'] ) ) {
			continue;
		}
		if ( is_float( $value ) ) {
			$value = rtrim( rtrim( sprintf( '%.10F', $value ), '0' ), '.' );
		}
		$value = (string) $value;
		$html         .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		$used[ $name ] = $value;
	}
	$wrapper = trim( (string) $wrapper );
	$tag     = $widget['tag'];
	return '<' . $tag . ( '' !== $wrapper ? ' ' . $wrapper : '' ) . $html . '>' . campaign_widgets_fallback( $widget, $used ) . '</' . $tag . '>';
}

/** The plain-HTML fallback of one widget (escaped), from the attributes it was given. */
function campaign_widgets_fallback( array $widget, array $values ) {
	$locale = campaign_widgets_page_locale();
	switch ( $widget['fallback'] ) {
		case 'stat':
			return campaign_widgets_stat_fallback( $values, $locale );
		case 'mission':
			return campaign_widgets_mission_fallback( $values, $locale );
		case 'help':
			return campaign_widgets_help_fallback( $values, $locale );
		case 'petition':
			return '<p slot="cw-fallback">' . esc_html__( 'To sign this petition, please turn on JavaScript in your browser.', 'campaign-widgets' ) . '</p>';
		case 'exit':
			return campaign_widgets_exit_fallback( $values, $locale );
		default:
			return '';
	}
}

/**
 * The exit link, and the advice on browsing safely when there is any: `<quick-exit>` without JavaScript, and until
 * it upgrades (reserve.css lays the two out as the widget will, so nothing moves then).
 */
function campaign_widgets_exit_fallback( array $values, $locale ) {
	// Always somewhere else: an empty href would reload the very page the visitor is leaving. The element's address
	// (render() has already put the site's neutral site in place of a missing or unusable one), over https as the
	// widget requires; else the widget's own default, the first built-in neutral site.
	$href = isset( $values['href'] ) && is_string( $values['href'] ) ? campaign_widgets_escape_url( $values['href'], array( 'https' ) ) : '';
	if ( '' === $href ) {
		$href = esc_url( campaign_widgets_data()['neutralSites'][0] );
	}
	$html = '<a slot="cw-fallback" href="' . $href . '" rel="noreferrer">' . esc_html( campaign_widgets_text( 'exit', $locale ) ) . '</a>';
	// As in the widget: only an https link.
	$safety = isset( $values['safety-url'] ) ? campaign_widgets_escape_url( $values['safety-url'], array( 'https' ) ) : '';
	if ( '' !== $safety ) {
		$html .= ' <a slot="cw-fallback" class="campaign-widgets-exit-safety" href="' . $safety . '" rel="noopener noreferrer">' . esc_html( campaign_widgets_text( 'safety', $locale ) ) . '</a>';
	}
	// The fallback's last element: reserve.css shows the links once it has arrived (a page can arrive in pieces).
	return $html . '<span class="campaign-widgets-exit-end" hidden></span>';
}

/** One of the widgets' own texts (built from their translations) in a locale. */
function campaign_widgets_text( $key, $locale ) {
	$data = campaign_widgets_data();
	if ( isset( $data['texts'][ $locale ][ $key ] ) ) {
		return $data['texts'][ $locale ][ $key ];
	}
	return $data['texts'][ $data['sourceLocale'] ][ $key ];
}

/** A catalogue entry by id, or null. */
function campaign_widgets_stat( $id ) {
	foreach ( campaign_widgets_data()['stats'] as $stat ) {
		if ( $stat['id'] === $id ) {
			return $stat;
		}
	}
	return null;
}

/** A figure for the fallback when it is not the catalogue's own (the widget formats it fully with Intl). */
function campaign_widgets_format_number( $value, $format, $currency ) {
	$value = (float) $value;
	if ( 'percent' === $format ) {
		$value *= 100;
	}
	if ( ! is_finite( $value ) ) {
		return '';
	}
	$decimals = floor( $value ) === $value ? 0 : ( 'percent' === $format ? 1 : 2 );
	$number   = number_format_i18n( $value, $decimals );
	if ( 'percent' === $format ) {
		return $number . '%';
	}
	if ( 'currency' === $format || 'compact-currency' === $format ) {
		return strtoupper( $currency ) . ' ' . $number;
	}
	return $number;
}

/** The figure, its label and its linked source: `<trafficking-stat>` and `<share-card>` without JavaScript. */
function campaign_widgets_stat_fallback( array $values, $locale ) {
	$data      = campaign_widgets_data();
	$entry     = isset( $values['stat'] ) ? campaign_widgets_stat( $values['stat'] ) : null;
	$has_value = isset( $values['value'] ) && is_numeric( $values['value'] );
	if ( ! $entry && ! $has_value ) {
		return isset( $values['text'] ) ? '<p slot="cw-fallback">' . esc_html( $values['text'] ) . '</p>' : '';
	}
	$i18n   = null;
	$figure = '';
	if ( $entry ) {
		$i18n = isset( $entry['i18n'][ $locale ] ) ? $entry['i18n'][ $locale ] : $entry['i18n'][ $data['sourceLocale'] ];
	}
	if ( $i18n && ! $has_value && ! isset( $values['format'] ) && ! isset( $values['currency'] ) ) {
		$figure = $i18n['figure'];
	} else {
		$figure = campaign_widgets_format_number(
			$has_value ? $values['value'] : $entry['value'],
			isset( $values['format'] ) ? $values['format'] : ( $entry ? $entry['format'] : 'number' ),
			isset( $values['currency'] ) ? $values['currency'] : ( $entry ? $entry['currency'] : 'USD' )
		);
	}
	$label    = isset( $values['label'] ) ? $values['label'] : ( $i18n ? $i18n['label'] : '' );
	$source   = isset( $values['source'] ) ? $values['source'] : ( $entry ? $entry['source'] : '' );
	$year     = isset( $values['year'] ) ? $values['year'] : ( $entry ? $entry['year'] : '' );
	$url      = isset( $values['source-url'] ) ? $values['source-url'] : ( $entry ? $entry['url'] : '' );
	$estimate = ! empty( $values['estimate'] ) || ( $entry && $entry['estimate'] );

	// A figure PHP cannot write as a number (INF, from "1e309", or 1e308 as a percentage) is left out, as the widget does.
	$html = '<p slot="cw-fallback">' . ( '' !== $figure ? '<strong>' . esc_html( $figure ) . '</strong>' : '' );
	if ( '' !== $label ) {
		$html .= ( '' !== $figure ? ' ' : '' ) . esc_html( $label );
	}
	if ( '' !== $source ) {
		// As in the widget: the catalogue's names are English; on a page in another language they are marked so, and a
		// screen reader reads them with an English voice. A source the author wrote is in the page's language.
		$english     = function ( $name ) use ( $locale ) {
			return 0 === strpos( $locale, 'en' ) ? esc_html( $name ) : '<span lang="en">' . esc_html( $name ) . '</span>';
		};
		$source_html = $entry && ! isset( $values['source'] ) ? $english( $source ) : esc_html( $source );
		$citation    = '' !== $year
			? sprintf( esc_html( campaign_widgets_text( 'sourceYear', $locale ) ), $source_html, esc_html( $year ) )
			: sprintf( esc_html( campaign_widgets_text( 'source', $locale ) ), $source_html );
		// As in the widget: a catalogue link to a page quoting the report names that page's publisher.
		if ( $entry && ! empty( $entry['reportedBy'] ) && ! isset( $values['source-url'] ) ) {
			$citation = sprintf( esc_html( campaign_widgets_text( 'reportedBy', $locale ) ), $citation, $english( $entry['reportedBy'] ) );
		}
		// As in the widget: only an https link; anything else leaves the citation unlinked.
		$link  = 0 === strpos( $url, 'https://' ) ? campaign_widgets_escape_url( $url, array( 'https' ) ) : '';
		$html .= '<br><small>' . ( '' !== $link ? '<a href="' . $link . '" rel="noopener noreferrer">' . $citation . '</a>' : $citation );
		if ( $estimate ) {
			$html .= ' · ' . esc_html( campaign_widgets_text( 'estimate', $locale ) );
		}
		$html .= '</small>';
	}
	return $html . '</p>';
}

/** The mission's name and the UN directory of missions: `<mission-contact>` without JavaScript. */
function campaign_widgets_mission_fallback( array $values, $locale ) {
	$data      = campaign_widgets_data();
	$code      = isset( $values['country'] ) ? strtoupper( trim( $values['country'] ) ) : '';
	$directory = '<a href="' . esc_url( $data['directoryUrl'], array( 'https' ) ) . '" rel="noopener noreferrer">' . esc_html( campaign_widgets_text( 'directory', $locale ) ) . '</a>';
	if ( '' === $code || ! isset( $data['countries'][ $code ] ) ) {
		return '<p slot="cw-fallback">' . $directory . '</p>';
	}
	$country = $data['countries'][ $code ];
	$name    = $country['mission'];
	if ( ! $name ) {
		$country_name = isset( $country['names'][ $locale ] ) ? $country['names'][ $locale ] : $country['names'][ $data['sourceLocale'] ];
		$name         = sprintf( campaign_widgets_text( 'missionName', $locale ), $country_name );
	}
	return '<p slot="cw-fallback"><strong>' . esc_html( $name ) . '</strong><br>' . $directory . '</p>';
}

/** A phone number as a tel: link when it can be dialled as written, else as text. */
function campaign_widgets_phone_link( $shown, $tel, $label ) {
	$text = esc_html( $label . ' ' . $shown );
	if ( ! $tel ) {
		return $text;
	}
	return '<a href="' . esc_url( 'tel:' . $tel, array( 'tel' ) ) . '">' . $text . '</a>';
}

/**
 * The emergency number and the national anti-trafficking line: `<help-line>` without JavaScript; with `compact`, behind
 * one discreet line that opens on request (a native <details>).
 */
function campaign_widgets_help_fallback( array $values, $locale ) {
	$data = campaign_widgets_data();
	$code = isset( $values['country'] ) ? strtoupper( trim( $values['country'] ) ) : '';
	if ( '' === $code || empty( $data['countries'][ $code ]['help'] ) ) {
		return '';
	}
	$help  = $data['countries'][ $code ]['help'];
	$parts = array();
	if ( ! empty( $help['emergency'] ) ) {
		$parts[] = campaign_widgets_phone_link( $help['emergency']['number'], $help['emergency']['tel'], campaign_widgets_text( 'emergency', $locale ) );
	}
	if ( ! empty( $help['line'] ) ) {
		$parts[] = '<strong>' . esc_html( $help['line']['name'] ) . '</strong> ' . campaign_widgets_phone_link( $help['line']['phone'], $help['line']['tel'], campaign_widgets_text( 'call', $locale ) );
	}
	if ( ! $parts ) {
		return '';
	}
	$contacts = '<p slot="cw-fallback">' . implode( '<br>', $parts ) . '</p>';
	if ( empty( $values['compact'] ) ) {
		return $contacts;
	}
	// Compact, for pages read on a shared device: as the widget, one discreet line; the contacts open on request.
	$summary = esc_html( campaign_widgets_text( 'compact', $locale ) ) . ' ' . esc_html( campaign_widgets_text( 'reveal', $locale ) );
	return '<details slot="cw-fallback"><summary>' . $summary . '</summary>' . str_replace( ' slot="cw-fallback"', '', $contacts ) . '</details>';
}
