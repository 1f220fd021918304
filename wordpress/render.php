<?php
/**
 * Renders every campaign-widgets block (each block.json points here): the widget's element with its escaped
 * attributes and a plain-HTML fallback for visitors without JavaScript. The block itself is saved as a comment
 * holding its attributes, so no role's HTML filter can break it.
 *
 * @package campaign-widgets
 *
 * @var array    $attributes The block's attributes.
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

$campaign_widgets_widget = campaign_widgets_widget( 'block', $block->name );
if ( $campaign_widgets_widget ) {
	$campaign_widgets_reserve = campaign_widgets_reserve_attributes( $attributes );
	if ( $campaign_widgets_reserve ) {
		wp_enqueue_style( 'campaign-widgets-reserve' ); // Already in the head when the post was known to have blocks.
	}
	echo campaign_widgets_render( // phpcs:ignore WordPress.Security.EscapeOutput -- every part is escaped by campaign_widgets_render().
		$campaign_widgets_widget,
		campaign_widgets_block_values( $campaign_widgets_widget, $attributes ),
		get_block_wrapper_attributes( $campaign_widgets_reserve )
	);
}
