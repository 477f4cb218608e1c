<?php
/**
 * The library script (lib/asskomm-widgets.js): registered everywhere, printed only on pages with
 * a widget (a shortcode or block asks for it while rendering; `<asskomm-…>` elements and the data
 * form in content are found by includes/content.php), as `type="module"`. The plugin adds no inline
 * script (WordPress itself prints some). Everything is served from this site.
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

const ASSKOMM_WIDGETS_SCRIPT = 'asskomm-widgets';

/** Registers the library and the block editor's script. */
function asskomm_widgets_register_scripts() {
	// In the footer, since a shortcode in the content asks for it after wp_head. `?ver=` only on the
	// entry (a new version is fetched anew); its chunks have hashed names and import each other plainly.
	wp_register_script( ASSKOMM_WIDGETS_SCRIPT, plugins_url( 'lib/asskomm-widgets.js', ASSKOMM_WIDGETS_FILE ), array(), ASSKOMM_WIDGETS_VERSION, true );
	wp_register_script(
		'asskomm-widgets-editor',
		plugins_url( 'blocks/widget/editor.js', ASSKOMM_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-hooks', ASSKOMM_WIDGETS_SCRIPT ),
		ASSKOMM_WIDGETS_VERSION,
		true
	);
}
add_action( 'init', 'asskomm_widgets_register_scripts', 5 );

/** Asks for the library on this page; called by shortcodes, the block and the content filter. */
function asskomm_widgets_enqueue() {
	wp_enqueue_script( ASSKOMM_WIDGETS_SCRIPT );
}

/**
 * Our scripts as modules: the library is an ES module (WordPress 6.1 has no script modules).
 *
 * @param string $tag    The printed script tag.
 * @param string $handle Its handle.
 */
function asskomm_widgets_module_tag( $tag, $handle ) {
	if ( ASSKOMM_WIDGETS_SCRIPT !== $handle ) {
		return $tag;
	}
	// $tag also holds the handle's inline scripts (translations, before/after), which stay classic:
	// only the tag with our id becomes a module.
	$module = preg_replace_callback(
		'/<script(?=[^>]*\sid=([\'"])' . ASSKOMM_WIDGETS_SCRIPT . '-js\1)([^>]*)>/',
		function ( $script ) {
			return '<script type="module"' . preg_replace( '/\s+type=([\'"])text\/javascript\1/', '', $script[2] ) . '>';
		},
		$tag,
		1
	);
	return null === $module ? $tag : $module;
}
add_filter( 'script_loader_tag', 'asskomm_widgets_module_tag', 10, 2 );

/** The block editor gets the library too: its preview is the real widget, in the data form. */
function asskomm_widgets_enqueue_editor() {
	asskomm_widgets_enqueue();
}
add_action( 'enqueue_block_editor_assets', 'asskomm_widgets_enqueue_editor' );
