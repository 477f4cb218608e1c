<?php
/**
 * Which feed and map addresses (`src`, `topology`) a widget may name. Visitors' browsers fetch them:
 * an address on another server sends every visitor there (GDPR) and could put made-up figures under
 * the official widget. So only content by people who may publish any HTML (`unfiltered_html`) may
 * name any address; everyone else gets paths on this site, this site's host and the host of the feed
 * from the settings. Checked when the page is rendered, so it holds for old posts too.
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Whether the post being rendered was written by someone who may publish any HTML. */
function asskomm_widgets_author_trusted() {
	$post = get_post();
	return $post && user_can( (int) $post->post_author, 'unfiltered_html' );
}

/** The hosts anyone may name: this site's and the configured feed's, lower case. */
function asskomm_widgets_allowed_hosts() {
	$hosts = array();
	foreach ( array( home_url(), site_url(), asskomm_widgets_feed_url() ) as $url ) {
		$host = wp_parse_url( $url, PHP_URL_HOST );
		if ( is_string( $host ) && '' !== $host ) {
			$hosts[] = strtolower( $host );
		}
	}
	return array_values( array_unique( $hosts ) );
}

/**
 * Whether the post's author may let visitors' browsers fetch this address.
 *
 * @param string $address The address as the widget gets it (entities decoded).
 */
function asskomm_widgets_address_allowed( $address ) {
	if ( asskomm_widgets_author_trusted() ) {
		return true;
	}
	// As a browser reads it: tabs and line breaks inside are dropped, `\` counts as `/`.
	$address = str_replace( '\\', '/', (string) preg_replace( '/[\t\n\r]/', '', trim( $address, " \0..\x1F" ) ) );
	$has_host = str_starts_with( $address, '//' ) || preg_match( '/^[a-z][a-z0-9+.-]*:/i', $address );
	if ( ! $has_host ) {
		return true;
	}
	if ( ! preg_match( '#^(https?:)?//#i', $address ) ) {
		return false;
	}
	$host = wp_parse_url( str_starts_with( $address, '//' ) ? 'https:' . $address : $address, PHP_URL_HOST );
	return is_string( $host ) && in_array( strtolower( $host ), asskomm_widgets_allowed_hosts(), true );
}

/**
 * The editors' hint for an address that was refused.
 *
 * @param string $name    `src` or `topology` (as written, e.g. `data-src`).
 * @param string $address The refused address.
 */
function asskomm_widgets_refused_address_hint( $name, $address ) {
	$instead = str_ends_with( $name, 'src' )
		? __( 'Das Widget zeigt stattdessen den Feed aus den Einstellungen.', 'asskomm-widgets' )
		: __( 'Das Widget zeigt stattdessen die mitgelieferte Karte.', 'asskomm-widgets' );
	return asskomm_widgets_editor_hint(
		sprintf(
			/* translators: 1: attribute, 2: the refused address, 3: what the widget shows instead. */
			__( 'Hinweis für die Redaktion: Die Adresse „%2$s“ (Attribut „%1$s“) liegt auf einem fremden Server. Solche Adressen dürfen nur Personen eintragen, die beliebiges HTML veröffentlichen dürfen, sonst würden die Browser aller Besucherinnen und Besucher dort anfragen. %3$s Eine eigene Feed-Adresse trägt die Administration unter „Einstellungen → ASSKomm-Widgets“ ein.', 'asskomm-widgets' ),
			$name,
			mb_substr( $address, 0, 120 ),
			$instead
		)
	);
}
