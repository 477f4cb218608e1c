<?php
/**
 * The settings page (Einstellungen → ASSKomm-Widgets): the feed address that shortcodes and
 * blocks use when they name none. Empty means the feed bundled with the plugin (lib/asskomm.json).
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

const ASSKOMM_WIDGETS_FEED_OPTION = 'asskomm_widgets_feed_url';

/** The address of the bundled feed, for the default and for checking it; `?ver=` so browsers fetch a new plugin's figures. */
function asskomm_widgets_bundled_feed_url() {
	return plugins_url( 'lib/asskomm.json', ASSKOMM_WIDGETS_FILE ) . '?ver=' . rawurlencode( ASSKOMM_WIDGETS_VERSION );
}

/** The feed address widgets without their own `src` use: the setting, else the bundled feed. */
function asskomm_widgets_feed_url() {
	$setting = (string) get_option( ASSKOMM_WIDGETS_FEED_OPTION, '' );
	return '' === $setting ? asskomm_widgets_bundled_feed_url() : $setting;
}

/**
 * Keeps an http(s) address or a path on this site (`/asskomm/asskomm.json`); anything else is
 * refused with a German message and the previous value stays.
 *
 * @param mixed $value What the form sent.
 */
function asskomm_widgets_sanitize_feed_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$is_path = str_starts_with( $value, '/' ) && ! str_starts_with( $value, '//' );
	$is_web  = (bool) preg_match( '#^https?://[^/\s]+#i', $value );
	$clean   = $is_path || $is_web ? esc_url_raw( $value, array( 'http', 'https' ) ) : '';
	// add_settings_error lives in wp-admin: a refused update through the REST API just keeps the old value.
	if ( '' === $clean && function_exists( 'add_settings_error' ) ) {
		add_settings_error(
			ASSKOMM_WIDGETS_FEED_OPTION,
			'asskomm-widgets-feed-url',
			__( 'Die Feed-Adresse muss mit „https://“ oder „http://“ beginnen oder ein Pfad auf dieser Website sein, der mit „/“ beginnt (z. B. „/asskomm/asskomm.json“). Die bisherige Adresse gilt weiter.', 'asskomm-widgets' )
		);
	}
	if ( '' === $clean ) {
		return (string) get_option( ASSKOMM_WIDGETS_FEED_OPTION, '' );
	}
	return $clean;
}

/** Registers the option on every request, so update_option and the REST API also run its check. */
function asskomm_widgets_register_setting() {
	register_setting(
		'asskomm-widgets',
		ASSKOMM_WIDGETS_FEED_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'asskomm_widgets_sanitize_feed_url',
		)
	);
}
add_action( 'init', 'asskomm_widgets_register_setting' );

/** The settings page's section and field. */
function asskomm_widgets_register_settings_fields() {
	add_settings_section( 'asskomm-widgets-feed', __( 'Datenquelle', 'asskomm-widgets' ), 'asskomm_widgets_feed_section', 'asskomm-widgets' );
	add_settings_field(
		ASSKOMM_WIDGETS_FEED_OPTION,
		__( 'Feed-Adresse', 'asskomm-widgets' ),
		'asskomm_widgets_feed_field',
		'asskomm-widgets',
		'asskomm-widgets-feed',
		array( 'label_for' => ASSKOMM_WIDGETS_FEED_OPTION )
	);
}
add_action( 'admin_init', 'asskomm_widgets_register_settings_fields' );

/** The explanation above the field. */
function asskomm_widgets_feed_section() {
	echo '<p>' . esc_html__( 'Alle Widgets ohne eigene Feed-Adresse (Attribut „src“) lesen ihre Zahlen aus diesem Feed. Bleibt das Feld leer, gilt der Feed, der dem Plugin beiliegt; er enthält den Stand zum Zeitpunkt der Plugin-Version.', 'asskomm-widgets' ) . '</p>';
	echo '<p>' . esc_html__( 'Eine eigene Adresse ist ein Pfad auf dieser Website (z. B. „/asskomm/asskomm.json“) oder eine vollständige Adresse. Eine Adresse auf einem anderen Server rufen die Browser aller Besucherinnen und Besucher dort ab: Das muss der Server erlauben (CORS), und es gehört in die Datenschutzerklärung.', 'asskomm-widgets' ) . '</p>';
	printf(
		'<p>%s <a href="%s">%s</a></p>',
		esc_html__( 'Zum Prüfen:', 'asskomm-widgets' ),
		esc_url( asskomm_widgets_bundled_feed_url() ),
		esc_html__( 'mitgelieferten Feed öffnen', 'asskomm-widgets' )
	);
}

/** The address field. */
function asskomm_widgets_feed_field() {
	printf(
		'<input type="text" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="%3$s" aria-describedby="%1$s-hilfe"><p class="description" id="%1$s-hilfe">%4$s</p>',
		esc_attr( ASSKOMM_WIDGETS_FEED_OPTION ),
		esc_attr( (string) get_option( ASSKOMM_WIDGETS_FEED_OPTION, '' ) ),
		esc_attr( asskomm_widgets_bundled_feed_url() ),
		esc_html__( 'Leer lassen für den mitgelieferten Feed.', 'asskomm-widgets' )
	);
}

/** Einstellungen → ASSKomm-Widgets. */
function asskomm_widgets_add_settings_page() {
	add_options_page(
		__( 'ASSKomm-Widgets', 'asskomm-widgets' ),
		__( 'ASSKomm-Widgets', 'asskomm-widgets' ),
		'manage_options',
		'asskomm-widgets',
		'asskomm_widgets_settings_page'
	);
}
add_action( 'admin_menu', 'asskomm_widgets_add_settings_page' );

/** The page itself: the Settings API form. */
function asskomm_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'asskomm-widgets' );
	do_settings_sections( 'asskomm-widgets' );
	submit_button();
	echo '</form></div>';
}

/**
 * A „Einstellungen“ link beside the plugin in the plugin list.
 *
 * @param string[] $links The plugin's action links.
 */
function asskomm_widgets_settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=asskomm-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Einstellungen', 'asskomm-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( ASSKOMM_WIDGETS_FILE ), 'asskomm_widgets_settings_link' );
