<?php
/**
 * Settings → Campaign widgets: where the widgets' script comes from, their language, the petition endpoint
 * blocks use by default, and the quick exit on every page. One option, `campaign_widgets`.
 *
 * @package campaign-widgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'campaign_widgets_register_settings' );
add_action( 'admin_menu', 'campaign_widgets_settings_menu' );

/** The settings' defaults: the bundled script, the page's language, no endpoint, no site-wide exit. */
function campaign_widgets_default_settings() {
	$data = campaign_widgets_data();
	return array(
		'script_source'         => 'bundled',
		'script_url'            => '',
		'script_integrity'      => '',
		'locale'                => '',
		'petition_action'       => '',
		'petition_format'       => '',
		'quick_exit'            => false,
		'quick_exit_href'       => $data['neutralSites'][0],
		'quick_exit_safety_url' => '',
	);
}

/** The saved settings over the defaults. */
function campaign_widgets_settings() {
	$saved = get_option( 'campaign_widgets', array() );
	return array_merge( campaign_widgets_default_settings(), is_array( $saved ) ? $saved : array() );
}

/**
 * The other copy of the script the settings name, when this site may load it, else ''. An http://localhost copy
 * saved on a test copy of the site is not used on the live one (each visitor's browser would ask their own
 * computer for it): the bundled copy serves instead.
 */
function campaign_widgets_other_script_url( array $settings ) {
	return 'url' === $settings['script_source'] ? campaign_widgets_check_url( $settings['script_url'], array( 'web' ) )[0] : '';
}

/** The script module's address: the copy bundled with the plugin, or the self-hosted or CDN copy the settings name. */
function campaign_widgets_script_url() {
	$other = campaign_widgets_other_script_url( campaign_widgets_settings() );
	return '' !== $other ? $other : plugins_url( campaign_widgets_data()['script'], dirname( __DIR__ ) . '/campaign-widgets.php' );
}

/** The integrity hash of that script: the build's for the bundled copy, the settings' for another. */
function campaign_widgets_integrity() {
	$settings = campaign_widgets_settings();
	return '' !== campaign_widgets_other_script_url( $settings ) ? $settings['script_integrity'] : (string) campaign_widgets_data()['integrity'];
}

function campaign_widgets_register_settings() {
	register_setting(
		'campaign_widgets',
		'campaign_widgets',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'campaign_widgets_sanitize_settings',
			'default'           => campaign_widgets_default_settings(),
		)
	);
}

function campaign_widgets_settings_menu() {
	add_options_page(
		__( 'Campaign widgets', 'campaign-widgets' ),
		__( 'Campaign widgets', 'campaign-widgets' ),
		'manage_options',
		'campaign-widgets',
		'campaign_widgets_settings_page'
	);
}

/**
 * The petition formats the widget accepts (from custom-elements.json), each with its English name for editors
 * (wordpress/widgets.mjs), translated where it is shown.
 */
function campaign_widgets_petition_formats() {
	$widget = campaign_widgets_widget( 'tag', 'petition-form' );
	foreach ( $widget ? $widget['attributes'] : array() as $attribute ) {
		if ( 'format' === $attribute['name'] && isset( $attribute['options'] ) ) {
			$names = isset( $attribute['optionNames'] ) ? $attribute['optionNames'] : array();
			$named = array();
			foreach ( $attribute['options'] as $format ) {
				$named[ $format ] = isset( $names[ $format ] ) ? $names[ $format ] : $format;
			}
			return $named;
		}
	}
	return array();
}

/**
 * What an address of the settings accepts, as campaign_widgets_check_url() reads it: what the block attribute it
 * fills takes (its `siteDefault`, wordpress/widgets.mjs), and for the script's own address what the widgets' addresses
 * take (`web`).
 */
function campaign_widgets_setting_kinds( $key ) {
	foreach ( campaign_widgets_data()['widgets'] as $widget ) {
		foreach ( $widget['attributes'] as $attribute ) {
			if ( isset( $attribute['siteDefault'], $attribute['accepts'] ) && $key === $attribute['siteDefault'] ) {
				return $attribute['accepts'];
			}
		}
	}
	return 'script_url' === $key ? array( 'web' ) : array( 'https' );
}

/**
 * Keeps only what each setting allows; an address the widgets would not use is refused, and the message says why.
 * (WordPress has already unslashed the input.)
 */
function campaign_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = campaign_widgets_default_settings();
	$data  = campaign_widgets_data();
	// A field's text; anything else (a list, from a forged form) counts as empty.
	$text = static function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
	};
	// A refused address keeps the one saved before (an endpoint every petition block relies on must not vanish),
	// and the message names the field, as the page does.
	$previous = campaign_widgets_settings();
	$labels   = array(
		'script_url'            => __( 'Address of campaign-widgets.js', 'campaign-widgets' ),
		'petition_action'       => __( 'Petition endpoint', 'campaign-widgets' ),
		'quick_exit_href'       => __( 'Neutral site to leave for', 'campaign-widgets' ),
		'quick_exit_safety_url' => __( 'Advice on browsing safely (optional link)', 'campaign-widgets' ),
	);
	// A full address (a relative one is not), kept as a block's is (campaign_widgets_check_url()): https, or where
	// the field's widget takes it, http on this machine while the site itself is a test copy (local or development,
	// or served from this machine).
	$url = static function ( $key ) use ( $text, $previous, $labels ) {
		$kinds               = campaign_widgets_setting_kinds( $key );
		list( $value, $why ) = campaign_widgets_check_url( $text( $key ), $kinds );
		if ( '' !== $value && ! wp_parse_url( $value, PHP_URL_SCHEME ) ) {
			$why = 'scheme';
		}
		if ( '' === $why ) {
			return $value;
		}
		if ( 'local' === $why ) {
			/* translators: %s: the name of a field of the settings page, such as "Petition endpoint". */
			$message = __( '%s: this address leads to each visitor’s own computer (localhost), not to your server, so it works only on a test copy of the site. Give your server’s address, starting with https://. It was not saved; the previous one stays.', 'campaign-widgets' );
		} elseif ( in_array( 'web', $kinds, true ) && campaign_widgets_local_http_allowed() ) {
			/* translators: %s: the name of a field of the settings page, such as "Petition endpoint". */
			$message = __( '%s: the address must start with https:// (http:// only for localhost). It was not saved; the previous one stays.', 'campaign-widgets' );
		} else {
			/* translators: %s: the name of a field of the settings page, such as "Petition endpoint". */
			$message = __( '%s: the address must start with https://. It was not saved; the previous one stays.', 'campaign-widgets' );
		}
		add_settings_error( 'campaign_widgets', $key, sprintf( $message, $labels[ $key ] ) );
		return is_string( $previous[ $key ] ?? null ) ? $previous[ $key ] : '';
	};
	$clean['script_source'] = 'url' === $text( 'script_source' ) ? 'url' : 'bundled';
	$clean['script_url']    = $url( 'script_url' );
	// A script from another address runs on every page: only for those WordPress lets add scripts to posts (not a
	// site administrator of a multisite network, who could otherwise run code on the whole network's domain).
	if ( 'url' === $clean['script_source'] && ! current_user_can( 'unfiltered_html' ) ) {
		add_settings_error( 'campaign_widgets', 'script_source', __( 'Only a user who may add scripts to posts can load the widgets from another address; the bundled script stays in use.', 'campaign-widgets' ) );
		$clean['script_source'] = 'bundled';
	}
	$integrity = $text( 'script_integrity' );
	if ( '' !== $integrity && ! preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/]+={0,2}$/', $integrity ) ) {
		add_settings_error( 'campaign_widgets', 'integrity', __( 'The integrity hash must look like sha384-… and was not saved.', 'campaign-widgets' ) );
		$integrity = '';
	}
	$clean['script_integrity'] = $integrity;
	// Nor may they leave an address and hash for someone else to switch on later: the saved ones stay.
	if ( ! current_user_can( 'unfiltered_html' ) ) {
		foreach ( array( 'script_url', 'script_integrity' ) as $key ) {
			$clean[ $key ] = is_string( $previous[ $key ] ?? null ) ? $previous[ $key ] : '';
		}
	}
	if ( 'url' === $clean['script_source'] && '' === $clean['script_url'] ) {
		add_settings_error( 'campaign_widgets', 'script_url', __( 'Give the address of campaign-widgets.js to use your own copy; the bundled script stays in use.', 'campaign-widgets' ) );
		$clean['script_source'] = 'bundled';
	}
	$locale                   = $text( 'locale' );
	$clean['locale']          = in_array( $locale, $data['locales'], true ) ? $locale : '';
	$clean['petition_action'] = $url( 'petition_action' );
	$format                   = $text( 'petition_format' );
	$clean['petition_format'] = array_key_exists( $format, campaign_widgets_petition_formats() ) ? $format : '';
	$clean['quick_exit']      = ! empty( $input['quick_exit'] );
	// The exit leaves for another site, over https; the advice page is an address as the widget takes it.
	$href                           = $url( 'quick_exit_href' );
	$clean['quick_exit_href']       = '' !== $href ? $href : $data['neutralSites'][0];
	$clean['quick_exit_safety_url'] = $url( 'quick_exit_safety_url' );
	return $clean;
}

function campaign_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = campaign_widgets_settings();
	$data     = campaign_widgets_data();
	$name     = static function ( $key ) {
		return 'campaign_widgets[' . $key . ']';
	};
	?>
	<div class="wrap">
		<h1><?php echo esc_html__( 'Campaign widgets', 'campaign-widgets' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'campaign_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php echo esc_html__( 'Widgets script', 'campaign-widgets' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php echo esc_html__( 'Widgets script', 'campaign-widgets' ); ?></legend>
							<p><label><input type="radio" name="<?php echo esc_attr( $name( 'script_source' ) ); ?>" value="bundled" <?php checked( $settings['script_source'], 'bundled' ); ?>> <?php echo esc_html__( 'The copy bundled with this plugin (recommended: served by your own site, with its integrity hash)', 'campaign-widgets' ); ?></label></p>
							<p><label><input type="radio" name="<?php echo esc_attr( $name( 'script_source' ) ); ?>" value="url" <?php checked( $settings['script_source'], 'url' ); ?>> <?php echo esc_html__( 'A self-hosted or CDN copy', 'campaign-widgets' ); ?></label></p>
							<p><label for="campaign-widgets-script-url"><?php echo esc_html__( 'Address of campaign-widgets.js', 'campaign-widgets' ); ?></label><br>
								<input type="url" class="regular-text code" id="campaign-widgets-script-url" name="<?php echo esc_attr( $name( 'script_url' ) ); ?>" value="<?php echo esc_attr( $settings['script_url'] ); ?>" placeholder="https://cdn.example.org/campaign-widgets@1/dist/campaign-widgets.js"></p>
							<p><label for="campaign-widgets-script-integrity"><?php echo esc_html__( 'Its integrity hash (optional)', 'campaign-widgets' ); ?></label><br>
								<input type="text" class="regular-text code" id="campaign-widgets-script-integrity" name="<?php echo esc_attr( $name( 'script_integrity' ) ); ?>" value="<?php echo esc_attr( $settings['script_integrity'] ); ?>" placeholder="sha384-…"></p>
							<p class="description"><?php echo esc_html__( 'The whole dist/ folder must be at that address: the script loads its translations, data and further code from beside itself. Visitors then ask that host for them.', 'campaign-widgets' ); ?></p>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="campaign-widgets-locale"><?php echo esc_html__( 'Language of the widgets', 'campaign-widgets' ); ?></label></th>
					<td>
						<select id="campaign-widgets-locale" name="<?php echo esc_attr( $name( 'locale' ) ); ?>">
							<option value="" <?php selected( $settings['locale'], '' ); ?>><?php echo esc_html__( 'The page’s language (recommended)', 'campaign-widgets' ); ?></option>
							<?php foreach ( $data['locales'] as $locale ) : ?>
								<option value="<?php echo esc_attr( $locale ); ?>" <?php selected( $settings['locale'], $locale ); ?>><?php echo esc_html( $data['localeNames'][ $locale ] . ' (' . $locale . ')' ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php echo esc_html__( 'By default the widgets speak the language of each page (its lang attribute), so a multilingual site needs nothing more. Choose one language only if your pages are in a language the widgets do not have.', 'campaign-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="campaign-widgets-petition-action"><?php echo esc_html__( 'Petition endpoint', 'campaign-widgets' ); ?></label></th>
					<td>
						<input type="url" class="regular-text code" id="campaign-widgets-petition-action" name="<?php echo esc_attr( $name( 'petition_action' ) ); ?>" value="<?php echo esc_attr( $settings['petition_action'] ); ?>" placeholder="https://crm.example.org/api/sign">
						<label for="campaign-widgets-petition-format" class="screen-reader-text"><?php echo esc_html__( 'Format', 'campaign-widgets' ); ?></label>
						<select id="campaign-widgets-petition-format" name="<?php echo esc_attr( $name( 'petition_format' ) ); ?>">
							<option value="" <?php selected( $settings['petition_format'], '' ); ?>><?php echo esc_html__( 'Format: the widget’s default (JSON)', 'campaign-widgets' ); ?></option>
							<?php foreach ( campaign_widgets_petition_formats() as $format => $format_name ) : ?>
								<?php // The names are the plugin's own texts, in its .pot from build/plugin-data.json. ?>
								<option value="<?php echo esc_attr( $format ); ?>" <?php selected( $settings['petition_format'], $format ); ?>><?php echo esc_html( __( $format_name, 'campaign-widgets' ) ); // phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php echo esc_html__( 'Where signatures go when a petition block names no endpoint of its own: your own server or a proxy that holds any API key (never put a key in a page).', 'campaign-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php echo esc_html__( 'Quick exit on every page', 'campaign-widgets' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php echo esc_html__( 'Quick exit on every page', 'campaign-widgets' ); ?></legend>
							<p><label><input type="checkbox" id="campaign-widgets-quick-exit" name="<?php echo esc_attr( $name( 'quick_exit' ) ); ?>" value="1" <?php checked( $settings['quick_exit'] ); ?>> <?php echo esc_html__( 'Show an “Exit this page” button at the top of every page', 'campaign-widgets' ); ?></label></p>
							<p><label for="campaign-widgets-quick-exit-href"><?php echo esc_html__( 'Neutral site to leave for', 'campaign-widgets' ); ?></label><br>
								<input type="url" class="regular-text code" id="campaign-widgets-quick-exit-href" name="<?php echo esc_attr( $name( 'quick_exit_href' ) ); ?>" value="<?php echo esc_attr( $settings['quick_exit_href'] ); ?>" list="campaign-widgets-neutral-sites"></p>
							<datalist id="campaign-widgets-neutral-sites">
								<?php foreach ( $data['neutralSites'] as $site ) : ?>
									<option value="<?php echo esc_attr( $site ); ?>"></option>
								<?php endforeach; ?>
							</datalist>
							<p><label for="campaign-widgets-quick-exit-safety"><?php echo esc_html__( 'Advice on browsing safely (optional link)', 'campaign-widgets' ); ?></label><br>
								<input type="url" class="regular-text code" id="campaign-widgets-quick-exit-safety" name="<?php echo esc_attr( $name( 'quick_exit_safety_url' ) ); ?>" value="<?php echo esc_attr( $settings['quick_exit_safety_url'] ); ?>"></p>
							<p class="description"><?php echo esc_html__( 'The button is a plain link until the script arrives, so it works even before any script runs. Pressing Shift three times also leaves, once the script has loaded.', 'campaign-widgets' ); ?></p>
						</fieldset>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
