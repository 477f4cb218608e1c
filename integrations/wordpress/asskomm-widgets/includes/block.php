<?php
/**
 * The block `asskomm/widget` (dynamic): `widget` names the widget, one string attribute per
 * documented widget attribute in camelCase (`urlState` for `url-state`), `fallback` the text
 * shown until the data are there. Rendered as the same element form as the shortcodes.
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block from blocks/widget/block.json, with the generated attributes added. */
function asskomm_widgets_register_block() {
	register_block_type( ASSKOMM_WIDGETS_DIR . 'blocks/widget', array( 'render_callback' => 'asskomm_widgets_render_block' ) );
}
add_action( 'init', 'asskomm_widgets_register_block' );

/**
 * Adds one string attribute per documented widget attribute to block.json's `widget` and `fallback`.
 * `src` defaults to the feed address of the settings, so the editor's preview shows that feed and
 * blocks without their own address follow the setting.
 *
 * @param array $metadata block.json, read.
 */
function asskomm_widgets_block_metadata( $metadata ) {
	if ( 'asskomm/widget' !== ( $metadata['name'] ?? '' ) ) {
		return $metadata;
	}
	foreach ( asskomm_widgets_definitions() as $definition ) {
		foreach ( array_keys( $definition['attributes'] ) as $name ) {
			$metadata['attributes'][ asskomm_widgets_camel_case( $name ) ] = array( 'type' => 'string' );
		}
	}
	$metadata['attributes']['src']['default'] = asskomm_widgets_feed_url();
	return $metadata;
}
add_filter( 'block_type_metadata', 'asskomm_widgets_block_metadata' );

/**
 * The block's markup: the widget element, as a shortcode with the same settings gives.
 *
 * @param array $attributes Block attributes.
 */
function asskomm_widgets_render_block( $attributes ) {
	$widget = (string) ( $attributes['widget'] ?? '' );
	if ( ! isset( asskomm_widgets_definitions()[ $widget ] ) ) {
		return asskomm_widgets_editor_hint(
			sprintf(
				/* translators: 1: widget name as stored in the block, 2: valid names. */
				__( 'Hinweis für die Redaktion: Das ASSKomm-Widget „%1$s“ gibt es nicht. Möglich: %2$s.', 'asskomm-widgets' ),
				$widget,
				implode( ', ', array_keys( asskomm_widgets_definitions() ) )
			)
		);
	}
	$values = array();
	foreach ( array_keys( asskomm_widgets_attributes( $widget ) ) as $name ) {
		$value = $attributes[ asskomm_widgets_camel_case( $name ) ] ?? '';
		if ( is_scalar( $value ) && '' !== (string) $value ) {
			$values[ $name ] = (string) $value;
		}
	}
	return asskomm_widgets_element( $widget, $values, (string) ( $attributes['fallback'] ?? '' ) );
}
