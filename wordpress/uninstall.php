<?php
/**
 * Removes the plugin's one option when the plugin is deleted, on every site of a network. Posts keep their blocks
 * (as comments), which show nothing without the plugin.
 *
 * @package campaign-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $campaign_widgets_site ) {
		switch_to_blog( $campaign_widgets_site );
		delete_option( 'campaign_widgets' );
		restore_current_blog();
	}
} else {
	delete_option( 'campaign_widgets' );
}
