<?php
/**
 * The widgets and their documented attributes, read from includes/attributes.json. That file is
 * generated from the library's custom-elements.json by scripts/wordpress-zip.mjs, so shortcodes,
 * block, KSES and the editor's settings know exactly the attributes the widgets document.
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets by short name (`status-map`, …): tag, summary and attributes by name, each with
 * type (`string`, `number`, `boolean`, `enum`), allowed values, default and German description.
 *
 * @return array<string, array{tag: string, summary: string, attributes: array<string, array>}>
 */
function asskomm_widgets_definitions() {
	static $widgets = null;
	if ( null === $widgets ) {
		$file    = ASSKOMM_WIDGETS_DIR . 'includes/attributes.json';
		$list    = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$widgets = is_array( $list ) && is_array( $list['widgets'] ?? null ) ? $list['widgets'] : array();
	}
	return $widgets;
}

/**
 * The documented attributes of one widget, or an empty array for an unknown name.
 *
 * @param string $widget Short name, e.g. `status-map`.
 * @return array<string, array>
 */
function asskomm_widgets_attributes( $widget ) {
	return asskomm_widgets_definitions()[ $widget ]['attributes'] ?? array();
}

/**
 * The block attribute of a widget attribute: `url-state` is `urlState`.
 *
 * @param string $name Widget attribute.
 */
function asskomm_widgets_camel_case( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/**
 * The valid name closest to a mistyped one (`layer` → `layers`), by edit distance.
 *
 * @param string   $written What the editor wrote.
 * @param string[] $names   The valid names.
 */
function asskomm_widgets_closest( $written, array $names ) {
	$best     = '';
	$distance = PHP_INT_MAX;
	foreach ( $names as $name ) {
		$here = levenshtein( $written, $name );
		if ( $here < $distance ) {
			$best     = $name;
			$distance = $here;
		}
	}
	return $best;
}

/** The plugin shows nothing but a hint to admins when the generated list is missing (a source checkout, not the zip). */
function asskomm_widgets_missing_list_notice() {
	if ( asskomm_widgets_definitions() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	echo '<div class="notice notice-error"><p>' . esc_html__( 'ASSKomm-Widgets: Die Liste der Attribute (includes/attributes.json) fehlt. Bitte das Plugin aus der ZIP-Datei von „npm run wordpress:zip“ installieren.', 'asskomm-widgets' ) . '</p></div>';
}
add_action( 'admin_notices', 'asskomm_widgets_missing_list_notice' );
