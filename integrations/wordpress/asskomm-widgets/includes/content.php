<?php
/**
 * Widgets written into content as elements (`<asskomm-status-map …>`) or in the data form
 * (`<div data-asskomm=…>`): the page gets the library, and a widget without a feed address gets
 * the one from the settings, as shortcodes and blocks do, so editors need not know the plugin's path.
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

/** An opening tag with its attributes, quoted values may hold `>`: 1 = tag name, 2 = attributes. */
const ASSKOMM_WIDGETS_OPENING_TAG = '/<(asskomm-(?:status-map|milestone-counter|progress-chart)|div)((?:\s+[^\s"\'>\/=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'=<>`]+))?)*)\s*(\/?)>/i';

/**
 * Asks for the library when content holds a widget, and adds the settings' feed address where a
 * widget names none.
 *
 * @param string $content Rendered content.
 */
function asskomm_widgets_prepare_content( $content ) {
	if ( ! is_string( $content ) || ( ! str_contains( $content, '<asskomm-' ) && ! str_contains( $content, 'data-asskomm' ) ) ) {
		return $content;
	}
	asskomm_widgets_enqueue();
	return (string) preg_replace_callback( ASSKOMM_WIDGETS_OPENING_TAG, 'asskomm_widgets_add_feed', $content );
}
add_filter( 'the_content', 'asskomm_widgets_prepare_content', 999 );
add_filter( 'widget_text_content', 'asskomm_widgets_prepare_content', 999 );
add_filter( 'widget_block_content', 'asskomm_widgets_prepare_content', 999 );

/**
 * One opening tag: a widget element without `src`, or a data form without `data-src`, gets the feed.
 *
 * @param string[] $tag The match of ASSKOMM_WIDGETS_OPENING_TAG.
 */
function asskomm_widgets_add_feed( $tag ) {
	$is_div    = 'div' === strtolower( $tag[1] );
	$attribute = $is_div ? 'data-src' : 'src';
	$names     = preg_match_all( '/\s([^\s"\'>\/=]+)/', preg_replace( '/"[^"]*"|\'[^\']*\'/', '', $tag[2] ), $found ) ? array_map( 'strtolower', $found[1] ) : array();
	if ( ( $is_div && ! in_array( 'data-asskomm', $names, true ) ) || in_array( $attribute, $names, true ) ) {
		return $tag[0];
	}
	return sprintf( '<%s %s="%s"%s%s>', $tag[1], $attribute, esc_url( asskomm_widgets_feed_url() ), $tag[2], $tag[3] );
}
