<?php
/**
 * Plugin Name:       Campaign widgets
 * Description:       Blocks and shortcodes for the campaign-widgets web components: a sourced trafficking statistic, a share card, a petition, your UN mission's contacts, a quick exit and where to get help. Private by default.
 * Version:           0.0.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            campaign-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       campaign-widgets
 * Domain Path:       /languages
 *
 * @package campaign-widgets
 */

defined( 'ABSPATH' ) || exit;

require __DIR__ . '/includes/widgets.php';

// Without its build data the plugin adds nothing but a notice, rather than errors on every page.
if ( null === campaign_widgets_data() ) {
	add_action( 'admin_notices', 'campaign_widgets_missing_data_notice' );
	return;
}

require __DIR__ . '/includes/settings.php';

add_action( 'init', 'campaign_widgets_init' );
add_action( 'enqueue_block_editor_assets', 'campaign_widgets_editor_assets' );
add_action( 'enqueue_block_assets', 'campaign_widgets_canvas_assets' );
add_action( 'wp_enqueue_scripts', 'campaign_widgets_site_exit_enqueue' );
add_action( 'wp_enqueue_scripts', 'campaign_widgets_reserve_enqueue' );
add_action( 'wp_body_open', 'campaign_widgets_site_exit' );
add_action( 'wp_footer', 'campaign_widgets_site_exit', 1 );
add_filter( 'wp_script_attributes', 'campaign_widgets_script_attributes' );
add_filter( 'language_attributes', 'campaign_widgets_language_attributes', 10, 2 );
add_filter( 'plugin_locale', 'campaign_widgets_plugin_locale', 10, 2 );
add_filter( 'load_script_translation_file', 'campaign_widgets_script_translation_file', 10, 3 );

/**
 * The plugin's own translations by language, from the files the build compiled into languages/ (one per .po):
 * 'fr' => 'fr_FR', 'pt' => 'pt_BR'… Chinese goes by script: the Simplified file (zh_CN) serves zh_CN and zh_SG
 * only, so a site in Traditional characters keeps English rather than get the other script.
 */
function campaign_widgets_shipped_translations() {
	static $shipped = null;
	if ( null === $shipped ) {
		$shipped = array();
		foreach ( glob( __DIR__ . '/languages/campaign-widgets-*.l10n.php' ) ?: array() as $file ) {
			$locale = substr( basename( $file, '.l10n.php' ), strlen( 'campaign-widgets-' ) );
			$keys   = 'zh_CN' === $locale ? array( 'zh_CN', 'zh_SG' ) : array( strtok( $locale, '_' ) );
			foreach ( $keys as $key ) {
				if ( ! isset( $shipped[ $key ] ) ) {
					$shipped[ $key ] = $locale;
				}
			}
		}
	}
	return $shipped;
}

/**
 * The translation of the plugin's own screens for a WordPress locale: the exact one when the site or the plugin has
 * it (a team's own es_MX in wp-content/languages/plugins/ wins), else the one shipped for its language (es_MX →
 * es_ES, fr_BE → fr_FR, pt_PT → pt_BR, as the widgets do).
 */
function campaign_widgets_translation_locale( $locale ) {
	$shipped = campaign_widgets_shipped_translations();
	foreach ( array( WP_LANG_DIR . '/plugins', __DIR__ . '/languages' ) as $dir ) {
		foreach ( array( '.mo', '.l10n.php' ) as $extension ) {
			if ( file_exists( "$dir/campaign-widgets-$locale$extension" ) ) {
				return $locale;
			}
		}
	}
	$key = isset( $shipped[ $locale ] ) ? $locale : strtok( $locale, '_' );
	return isset( $shipped[ $key ] ) ? $shipped[ $key ] : $locale;
}

/** `plugin_locale` for this plugin's text domain: see campaign_widgets_translation_locale(). */
function campaign_widgets_plugin_locale( $locale, $domain ) {
	return 'campaign-widgets' === $domain ? campaign_widgets_translation_locale( $locale ) : $locale;
}

/**
 * The editor script's translations: a site's own file in wp-content/languages/plugins/ before the shipped one (as
 * for the PHP translations), and for a locale without any file, the file of the language shipped for it.
 */
function campaign_widgets_script_translation_file( $file, $handle, $domain ) {
	if ( 'campaign-widgets' !== $domain || ! is_string( $file ) ) {
		return $file;
	}
	$site_file = WP_LANG_DIR . '/plugins/' . basename( $file );
	if ( dirname( $file ) === __DIR__ . '/languages' && is_readable( $site_file ) ) {
		return $site_file;
	}
	if ( is_readable( $file ) ) {
		return $file;
	}
	$locale   = determine_locale();
	$fallback = campaign_widgets_translation_locale( $locale );
	$prefix   = "campaign-widgets-$locale-";
	$name     = basename( $file );
	if ( $fallback === $locale || 0 !== strpos( $name, $prefix ) ) {
		return $file;
	}
	$candidate = dirname( $file ) . "/campaign-widgets-$fallback-" . substr( $name, strlen( $prefix ) );
	return is_readable( $candidate ) ? $candidate : $file;
}

/**
 * Registers the widgets' script (once, as a script module), the editor script, one block and one shortcode per
 * widget. Each block enqueues the module when it renders (viewScriptModule in its block.json), so the script is
 * printed only on pages that use a widget.
 */
function campaign_widgets_init() {
	load_plugin_textdomain( 'campaign-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	$data = campaign_widgets_data();
	// No version query (null): the widgets' chunks import the script by its plain address, and under another one
	// the browser would run a second copy. The bundled copy's folder is named by its version instead.
	wp_register_script_module( 'campaign-widgets', campaign_widgets_script_url(), array(), null );
	wp_register_script(
		'campaign-widgets-editor',
		plugins_url( 'build/editor.js', __FILE__ ),
		array( 'wp-a11y', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-data' ),
		$data['version'],
		true
	);
	wp_set_script_translations( 'campaign-widgets-editor', 'campaign-widgets', __DIR__ . '/languages' );
	wp_register_style( 'campaign-widgets-reserve', plugins_url( 'reserve.css', __FILE__ ), array(), $data['version'] );
	// A few lines: with its path known, WordPress prints it inline rather than costing the page a request.
	wp_style_add_data( 'campaign-widgets-reserve', 'path', __DIR__ . '/reserve.css' );
	foreach ( $data['widgets'] as $widget ) {
		register_block_type( __DIR__ . '/blocks/' . $widget['tag'] );
		add_shortcode( $widget['shortcode'], 'campaign_widgets_shortcode' );
	}
}

/**
 * What the block editor needs: the controls of each widget, the catalogue in the editor's language, the site's
 * defaults, and what an address is judged by.
 */
function campaign_widgets_editor_assets() {
	$data     = campaign_widgets_data();
	$locale   = campaign_widgets_match_locale( get_user_locale() );
	$settings = campaign_widgets_settings();
	$stats    = array();
	foreach ( $data['stats'] as $stat ) {
		$i18n    = isset( $stat['i18n'][ $locale ] ) ? $stat['i18n'][ $locale ] : $stat['i18n'][ $data['sourceLocale'] ];
		$stats[] = array(
			'id'       => $stat['id'],
			'figure'   => $i18n['figure'],
			'label'    => $i18n['label'],
			'source'   => $stat['source'],
			'year'     => $stat['year'],
			'url'          => $stat['url'],
			'estimate'     => $stat['estimate'],
			'supersededBy' => isset( $stat['supersededBy'] ) ? $stat['supersededBy'] : null,
		);
	}
	$editor = array(
		'widgets'      => $data['widgets'],
		'stats'        => $stats,
		'countries'    => array_keys( $data['countries'] ),
		'neutralSites' => $data['neutralSites'],
		'siteDefaults' => array(
			'petition_action'       => $settings['petition_action'],
			'petition_format'       => $settings['petition_format'],
			'quick_exit_href'       => $settings['quick_exit_href'],
			'quick_exit_safety_url' => $settings['quick_exit_safety_url'],
		),
		// Whether the page will use an address a block gives (a relative one lands at the home page's scheme and host;
		// http to this machine is kept only on a test copy), so the editor says so under the field.
		'addressSite'  => campaign_widgets_address_site(),
		'settingsUrl'  => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=campaign-widgets' ) : '',
		'contentWidth' => campaign_widgets_classic_content_width(),
	);
	wp_add_inline_script( 'campaign-widgets-editor', 'var campaignWidgetsEditor = ' . wp_json_encode( $editor, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
}

/**
 * The page's column in a classic theme (its `$content_width`, in px), which the block editor does not show: the
 * blocks measure their wide-screen height at that width. 0 for a theme with theme.json, whose layout the editor
 * shows as the page does, or when the theme does not say.
 */
function campaign_widgets_classic_content_width() {
	$width = isset( $GLOBALS['content_width'] ) ? $GLOBALS['content_width'] : 0;
	return ! wp_theme_has_theme_json() && is_numeric( $width ) && $width >= 320 && $width <= 2000 ? (int) $width : 0;
}

/**
 * The real elements in the editor: the editor canvas is an iframe that receives the scripts enqueued here but no
 * script modules, so it gets the classic build, after canvas.js: a guard that keeps the quick exit's shortcut from
 * leaving the editor, and the language the widgets will speak on the page (the author's own may differ).
 */
function campaign_widgets_canvas_assets() {
	if ( ! is_admin() ) {
		return;
	}
	$data = campaign_widgets_data();
	wp_enqueue_script( 'campaign-widgets-canvas', plugins_url( 'build/canvas.js', __FILE__ ), array(), $data['version'], false );
	$canvas = array( 'locale' => campaign_widgets_page_locale() );
	wp_add_inline_script( 'campaign-widgets-canvas', 'var campaignWidgetsCanvas = ' . wp_json_encode( $canvas, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	wp_enqueue_script( 'campaign-widgets-classic', plugins_url( $data['classicScript'], __FILE__ ), array( 'campaign-widgets-canvas' ), null, false );
}

/** The module's script tag carries the integrity hash of the file it loads (and asks for it without credentials). */
function campaign_widgets_script_attributes( $attributes ) {
	if ( isset( $attributes['id'] ) && 'campaign-widgets-js-module' === $attributes['id'] ) {
		$integrity = campaign_widgets_integrity();
		if ( $integrity ) {
			$attributes['integrity']   = $integrity;
			$attributes['crossorigin'] = 'anonymous';
		}
	}
	return $attributes;
}

/** A fixed widget language, when the settings choose one, is written where the widgets read it first. */
function campaign_widgets_language_attributes( $output, $doctype = 'html' ) {
	$settings = campaign_widgets_settings();
	if ( ! is_admin() && 'html' === $doctype && '' !== $settings['locale'] ) {
		$output .= ' data-cw-locale="' . esc_attr( $settings['locale'] ) . '"';
	}
	return $output;
}

/** The site-wide quick exit needs the widgets' script on every page, and its room kept (reserve.css). */
function campaign_widgets_site_exit_enqueue() {
	if ( campaign_widgets_settings()['quick_exit'] ) {
		wp_enqueue_script_module( 'campaign-widgets' );
		wp_enqueue_style( 'campaign-widgets-reserve' );
	}
}

/**
 * The reserved space (reserve.css) in the head of a post that has our blocks or shortcodes: a classic theme renders
 * the content after the head, and a style enqueued by the block itself would come only at the end of the page.
 * (A page builder keeps its content elsewhere: there the style comes at the end of the page.)
 */
function campaign_widgets_reserve_enqueue() {
	if ( ! is_singular() ) {
		return;
	}
	$content = (string) get_post_field( 'post_content', get_queried_object_id() );
	$ours    = false !== strpos( $content, '<!-- wp:campaign-widgets/' );
	foreach ( campaign_widgets_data()['widgets'] as $widget ) {
		$ours = $ours || has_shortcode( $content, $widget['shortcode'] );
	}
	if ( $ours ) {
		wp_enqueue_style( 'campaign-widgets-reserve' );
	}
}

/**
 * The site-wide quick exit, first in the page: a plain link that works before any script, which the widget upgrades.
 * Printed at wp_body_open, or in the footer for themes that lack that hook.
 */
function campaign_widgets_site_exit() {
	static $printed = false;
	$settings = campaign_widgets_settings();
	if ( $printed || ! $settings['quick_exit'] || is_admin() ) {
		return;
	}
	$printed = true;
	$widget  = campaign_widgets_widget( 'tag', 'quick-exit' );
	if ( ! $widget ) {
		return;
	}
	$values = array(
		'sticky'     => true,
		'href'       => $settings['quick_exit_href'],
		'safety-url' => $settings['quick_exit_safety_url'],
	);
	echo campaign_widgets_render( $widget, $values, 'class="campaign-widgets-site-exit"' ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by campaign_widgets_render().
}
