<?php
/**
 * The shortcodes `[asskomm-status-map …]`, `[asskomm-milestone-counter …]` and
 * `[asskomm-progress-chart …]`: every documented attribute of the widget, booleans bare
 * (`[asskomm-status-map timeline]`) or with a value; the enclosed content is the fallback text.
 * A misspelt attribute gets a German hint for the people who may edit the post, naming the
 * closest valid one; the widget renders all the same.
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

/** One shortcode per widget, named like its element. */
function asskomm_widgets_register_shortcodes() {
	foreach ( asskomm_widgets_definitions() as $widget => $definition ) {
		add_shortcode( $definition['tag'], 'asskomm_widgets_shortcode' );
	}
}
add_action( 'init', 'asskomm_widgets_register_shortcodes' );

/**
 * Renders one shortcode.
 *
 * @param array|string $atts    Parsed attributes; a bare word has a numeric key.
 * @param string|null  $content Enclosed content.
 * @param string       $tag     The shortcode's name, e.g. `asskomm-status-map`.
 */
function asskomm_widgets_shortcode( $atts, $content, $tag ) {
	$widget     = preg_replace( '/^asskomm-/', '', $tag );
	$documented = asskomm_widgets_attributes( $widget );
	$values     = array();
	$unknown    = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		// `[asskomm-status-map timeline]` arrives as [0 => 'timeline'].
		$bare = is_int( $key );
		$name = strtolower( $bare ? (string) $value : (string) $key );
		if ( isset( $documented[ $name ] ) ) {
			$values[ $name ] = $bare ? true : $value;
		} elseif ( '' !== $name ) {
			$unknown[] = $name;
		}
	}
	$hints = '';
	foreach ( $unknown as $name ) {
		$hints .= asskomm_widgets_editor_hint( asskomm_widgets_unknown_attribute_text( $tag, $name, array_keys( $documented ) ) );
	}
	return $hints . asskomm_widgets_element( $widget, $values, (string) $content );
}

/**
 * The hint for an attribute the widget does not document: the closest valid one when it is a likely
 * typo (`layer` for `layers`), else all valid ones (`onclick` resembles none).
 *
 * @param string   $tag     Shortcode name.
 * @param string   $written The attribute as written.
 * @param string[] $names   The widget's attributes.
 */
function asskomm_widgets_unknown_attribute_text( $tag, $written, array $names ) {
	$written = mb_substr( $written, 0, 60 );
	$closest = asskomm_widgets_closest( $written, $names );
	/* translators: 1: shortcode, 2: attribute as written. */
	$text = sprintf( __( 'Hinweis für die Redaktion (nur für angemeldete Bearbeiter sichtbar): [%1$s] kennt das Attribut „%2$s“ nicht, es wird übergangen.', 'asskomm-widgets' ), $tag, $written );
	if ( levenshtein( $written, $closest ) <= max( 2, intdiv( strlen( $closest ), 3 ) ) ) {
		/* translators: %s: closest valid attribute. */
		return $text . ' ' . sprintf( __( 'Gemeint ist wohl „%s“.', 'asskomm-widgets' ), $closest );
	}
	/* translators: %s: the widget's attributes. */
	return $text . ' ' . sprintf( __( 'Möglich sind: %s.', 'asskomm-widgets' ), implode( ', ', $names ) );
}
