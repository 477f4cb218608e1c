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
 * widget names none. Addresses on other servers are refused for authors without `unfiltered_html`.
 *
 * @param string $content Rendered content.
 */
function asskomm_widgets_prepare_content( $content ) {
	if ( ! is_string( $content ) || ( ! str_contains( $content, '<asskomm-' ) && ! str_contains( $content, 'data-asskomm' ) ) ) {
		return $content;
	}
	// Excerpts (home, archives, search) run the_content on the post but strip its tags: no widget there.
	if ( doing_filter( 'get_the_excerpt' ) ) {
		return $content;
	}
	$prepared = preg_replace_callback( ASSKOMM_WIDGETS_OPENING_TAG, 'asskomm_widgets_prepare_tag', $content );
	if ( null === $prepared ) {
		// A PCRE failure (backtrack limit): the content stays as written rather than vanishing. Unchecked
		// addresses in it are fetched only if its author may name any address: else no script for it.
		if ( asskomm_widgets_author_trusted() ) {
			asskomm_widgets_enqueue();
		}
		return $content;
	}
	asskomm_widgets_enqueue();
	return $prepared;
}
add_filter( 'the_content', 'asskomm_widgets_prepare_content', 999 );
add_filter( 'widget_text_content', 'asskomm_widgets_prepare_content', 999 );
add_filter( 'widget_custom_html_content', 'asskomm_widgets_prepare_content', 999 );
add_filter( 'widget_block_content', 'asskomm_widgets_prepare_content', 999 );

/**
 * Custom HTML and Classic blocks: in a block theme's templates and parts they never pass the_content.
 *
 * @param string $content The block's markup.
 * @param array  $block   The block, with `blockName`.
 */
function asskomm_widgets_prepare_html_block( $content, $block ) {
	$name = is_array( $block ) ? ( $block['blockName'] ?? null ) : null;
	return in_array( $name, array( 'core/html', 'core/freeform' ), true ) ? asskomm_widgets_prepare_content( $content ) : $content;
}
add_filter( 'render_block', 'asskomm_widgets_prepare_html_block', 10, 2 );

/**
 * One opening tag of a widget element or data form: an address the author may not use is dropped
 * (with a hint for editors), and a widget without `src` (`data-src`) gets the feed of the settings.
 *
 * @param string[] $tag The match of ASSKOMM_WIDGETS_OPENING_TAG: whole tag, name, attributes, `/`.
 */
function asskomm_widgets_prepare_tag( $tag ) {
	$is_div = 'div' === strtolower( $tag[1] );
	if ( $is_div && ! preg_match( '/\sdata-asskomm(?=[\s=]|$)/i', (string) preg_replace( '/"[^"]*"|\'[^\']*\'/', '', $tag[2] ) ) ) {
		return $tag[0];
	}
	$hints = '';
	// Attribute by attribute (the tag pattern guarantees the list is nothing else), so quoted values stay whole.
	$attributes = preg_replace_callback(
		'/\s+([^\s"\'>\/=]+)(?:\s*=\s*("[^"]*"|\'[^\']*\'|[^\s"\'=<>`]+))?/',
		function ( $attribute ) use ( $is_div, &$hints ) {
			$name = strtolower( $attribute[1] );
			if ( ! in_array( $name, $is_div ? array( 'data-src', 'data-topology' ) : array( 'src', 'topology' ), true ) ) {
				return $attribute[0];
			}
			$address = html_entity_decode( trim( $attribute[2] ?? '', '"\'' ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			if ( asskomm_widgets_address_allowed( $address ) ) {
				return $attribute[0];
			}
			$hints .= asskomm_widgets_refused_address_hint( $name, $address );
			return '';
		},
		$tag[2]
	);
	if ( null === $attributes ) {
		// Unchecked: kept only for authors who may name any address, else the bare tag (the fallback text shows).
		return asskomm_widgets_author_trusted() ? $tag[0] : sprintf( '<%s>', $tag[1] );
	}
	if ( $attributes !== $tag[2] ) {
		$tag = array( sprintf( '<%s%s%s>', $tag[1], $attributes, $tag[3] ), $tag[1], $attributes, $tag[3] );
	}
	return $hints . asskomm_widgets_add_feed( $tag );
}

/**
 * One opening tag: a widget element without `src`, or a data form without `data-src`, gets the feed.
 *
 * @param string[] $tag The match of ASSKOMM_WIDGETS_OPENING_TAG: whole tag, name, attributes, `/`.
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
