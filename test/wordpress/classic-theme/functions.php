<?php
// A classic theme as most older themes are: title tag, HTML5 markup, its stylesheet, and the width of its column
// (style.css: 50em) for plugins, which the block editor does not show.
$GLOBALS['content_width'] = 800;
add_action(
	'after_setup_theme',
	static function () {
		add_theme_support( 'title-tag' );
		add_theme_support( 'html5', array( 'script', 'style' ) );
	}
);
add_action(
	'wp_enqueue_scripts',
	static function () {
		wp_enqueue_style( 'cw-classic', get_stylesheet_uri(), array(), '1.0.0' );
	}
);
