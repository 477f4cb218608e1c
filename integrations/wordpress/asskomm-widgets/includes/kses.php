<?php
/**
 * Lets the widgets through WordPress's content filters:
 * - KSES: for users who may edit posts (Authors and Contributors have no `unfiltered_html`), the
 *   three `<asskomm-…>` elements with their documented attributes and nothing else. The data form
 *   (`<div data-asskomm=…>`) needs nothing here: WordPress allows `data-*` on every tag it allows.
 * - The Classic editor (TinyMCE, also in the Classic block): the elements as custom elements with
 *   their attributes, so editing there keeps them, and tinymce/asskomm-plugin.js, which keeps the
 *   block editor's copy of the library from upgrading the data form inside the Classic block.
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the widget elements to the tags allowed in posts, for users with `edit_posts`.
 *
 * @param array  $tags    Allowed tags => allowed attributes.
 * @param string $context KSES context.
 */
function asskomm_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	if ( current_user_can( 'edit_posts' ) ) {
		foreach ( asskomm_widgets_definitions() as $definition ) {
			$tags[ $definition['tag'] ] = array_fill_keys( array_keys( $definition['attributes'] ), true );
		}
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'asskomm_widgets_kses_allowed_html', 10, 2 );

/**
 * TinyMCE: the widget elements as block-level custom elements (cloned from `div`, so an empty
 * one is kept) with their documented attributes.
 *
 * @param array $settings TinyMCE init settings.
 */
function asskomm_widgets_tinymce_settings( $settings ) {
	$tags  = array();
	$rules = array();
	foreach ( asskomm_widgets_definitions() as $definition ) {
		$tags[]  = $definition['tag'];
		$rules[] = $definition['tag'] . '[' . implode( '|', array_keys( $definition['attributes'] ) ) . ']';
	}
	if ( ! $tags ) {
		return $settings;
	}
	foreach ( array( 'custom_elements' => $tags, 'extended_valid_elements' => $rules ) as $key => $added ) {
		$present          = trim( (string) ( $settings[ $key ] ?? '' ), ', ' );
		$settings[ $key ] = implode( ',', array_filter( array_merge( array( $present ), $added ) ) );
	}
	return $settings;
}
add_filter( 'tiny_mce_before_init', 'asskomm_widgets_tinymce_settings' );

/**
 * Adds tinymce/asskomm-plugin.js to TinyMCE's plugins.
 *
 * @param array $plugins Plugin name => script address.
 */
function asskomm_widgets_tinymce_plugin( $plugins ) {
	$plugins['asskomm'] = plugins_url( 'tinymce/asskomm-plugin.js', ASSKOMM_WIDGETS_FILE );
	return $plugins;
}
add_filter( 'mce_external_plugins', 'asskomm_widgets_tinymce_plugin' );
