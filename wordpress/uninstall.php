<?php
/**
 * Removes the plugin's one option when the plugin is deleted. Posts keep their blocks (as comments), which show
 * nothing without the plugin.
 *
 * @package campaign-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'campaign_widgets' );
