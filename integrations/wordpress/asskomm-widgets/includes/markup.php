<?php
/**
 * The element form of a widget, `<asskomm-status-map src=… layers=…>Ersatztext</asskomm-status-map>`,
 * written the same way for shortcodes and the block, so both give the same markup. Only the
 * widget's documented attributes are written, every value escaped.
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Written values that switch a boolean attribute off; anything else (or the bare name) switches it on. */
const ASSKOMM_WIDGETS_OFF = array( '', 'false', '0', 'no', 'nein', 'off', 'aus' );

/**
 * The widget element, and the library asked for on this page.
 *
 * @param string $widget   Short name, e.g. `status-map`.
 * @param array  $values   Attribute name => written value (`true` for a bare boolean); unknown names are skipped.
 * @param string $fallback Content shown until the widget has data (and without script).
 * @return string Markup (with editors' hints for refused addresses), or '' for an unknown widget.
 */
function asskomm_widgets_element( $widget, array $values, $fallback ) {
	$definition = asskomm_widgets_definitions()[ $widget ] ?? null;
	if ( ! $definition ) {
		return '';
	}
	// Feed readers run no script: the fallback text, else a link to the widget on the site.
	if ( is_feed() ) {
		return asskomm_widgets_feed_fallback( $fallback );
	}
	asskomm_widgets_enqueue();
	$hints = '';
	foreach ( array( 'src', 'topology' ) as $name ) {
		$address = trim( (string) ( $values[ $name ] ?? '' ) );
		if ( '' !== $address && ! asskomm_widgets_address_allowed( $address ) ) {
			$hints .= asskomm_widgets_refused_address_hint( $name, $address );
			unset( $values[ $name ] );
		}
	}
	// No address, or one esc_url refuses (`javascript:`): the feed of the settings.
	$src = trim( (string) ( $values['src'] ?? '' ) );
	if ( '' === $src || '' === asskomm_widgets_escape( 'src', $src ) ) {
		$values['src'] = asskomm_widgets_feed_url();
	}
	$attributes = '';
	foreach ( $definition['attributes'] as $name => $attribute ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = $values[ $name ];
		if ( 'boolean' === $attribute['type'] ) {
			$on = true === $value || ! in_array( strtolower( trim( (string) $value ) ), ASSKOMM_WIDGETS_OFF, true );
			$attributes .= $on ? ' ' . $name : '';
			continue;
		}
		$value = asskomm_widgets_escape( $name, trim( (string) $value ) );
		if ( '' !== $value ) {
			$attributes .= sprintf( ' %s="%s"', $name, $value );
		}
	}
	$tag = $definition['tag'];
	return $hints . sprintf( '<%1$s%2$s>%3$s</%1$s>', $tag, $attributes, wp_kses_post( $fallback ) );
}

/**
 * A widget in an RSS or Atom feed: its fallback text, or a link to the post where it shows.
 *
 * @param string $fallback The widget's fallback text.
 */
function asskomm_widgets_feed_fallback( $fallback ) {
	$fallback = trim( wp_kses_post( $fallback ) );
	if ( '' !== $fallback ) {
		return '<p>' . $fallback . '</p>';
	}
	return sprintf( '<p><a href="%s">%s</a></p>', esc_url( get_permalink() ), esc_html__( 'Grafik mit den ASSKomm-Zahlen auf der Website ansehen', 'asskomm-widgets' ) );
}

/**
 * An attribute value escaped for HTML. An address with a scheme goes through esc_url with only
 * web protocols (by default it lets `mailto:` or `ftp:` pass too); a relative one (`feed/asskomm.json`,
 * `#feed`) cannot carry a scheme and stays as written (esc_url would make `feed/…` into `http://feed/…`).
 *
 * @param string $name  Attribute name.
 * @param string $value Written value.
 */
function asskomm_widgets_escape( $name, $value ) {
	$is_address = in_array( $name, array( 'src', 'topology' ), true );
	return $is_address && preg_match( '/^[a-z][a-z0-9+.-]*:/i', $value ) ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value );
}

/**
 * A note for the people who may edit this post, never for visitors: the widget still renders.
 *
 * @param string $text Plain German text.
 */
function asskomm_widgets_editor_hint( $text ) {
	$post_id = get_the_ID();
	$may     = $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
	if ( ! $may ) {
		return '';
	}
	// A span: shortcodes sit inside wpautop's paragraphs, and a <p> there would be cut in two.
	return '<span class="asskomm-widgets-hint" role="note">' . esc_html( $text ) . '</span>';
}
