<?php
/**
 * Runs functions of the plugin outside WordPress, for test/node/wordpress-plugin.test.mjs: the few
 * WordPress functions the plugin calls are stubbed here (escaping as WordPress does it for plain
 * text). Reads `{ "options": {…}, "can": bool, "calls": [["function", arg, …], …] }` as JSON on
 * stdin and prints one `{ "result": …, "enqueued": [...] }` per call.
 *
 * Usage: php harness.php <plugin folder> < calls.json
 *
 * @package asskomm-widgets
 */

define( 'ABSPATH', __DIR__ . '/' );

$asskomm_test = array(
	'options'  => array(),
	'can'      => false,
	'enqueued' => array(),
	'errors'   => array(),
);

// phpcs:disable -- stubs of WordPress functions, one line each.
function add_action( ...$args ) {}
function add_filter( ...$args ) {}
function add_shortcode( ...$args ) {}
function plugin_dir_path( $file ) { return dirname( $file ) . '/'; }
function plugin_basename( $file ) { return basename( dirname( $file ) ) . '/' . basename( $file ); }
function plugins_url( $path, $file ) { return 'https://example.org/wp-content/plugins/asskomm-widgets/' . $path; }
function get_option( $name, $default = false ) { return $GLOBALS['asskomm_test']['options'][ $name ] ?? $default; }
function current_user_can( ...$args ) { return $GLOBALS['asskomm_test']['can']; }
function get_the_ID() { return 1; }
function __( $text, $domain = null ) { return $text; }
function esc_html__( $text, $domain = null ) { return esc_html( $text ); }
function esc_html( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function esc_attr( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function esc_url( $url, $protocols = null ) { return preg_match( '/^[a-z][a-z0-9+.-]*:/i', $url ) && ! preg_match( '#^https?://#i', $url ) ? '' : esc_attr( $url ); }
function esc_url_raw( $url, $protocols = null ) { return preg_match( '/^[a-z][a-z0-9+.-]*:/i', $url ) && ! preg_match( '#^https?://#i', $url ) ? '' : $url; }
function wp_kses_post( $text ) { return strip_tags( (string) $text, '<a><b><strong><em><br><p>' ); }
function wp_enqueue_script( $handle ) { $GLOBALS['asskomm_test']['enqueued'][ $handle ] = true; }
function add_settings_error( $setting, $code, $message ) { $GLOBALS['asskomm_test']['errors'][] = $message; }
// WordPress brings its own mb_substr when PHP lacks mbstring.
if ( ! function_exists( 'mb_substr' ) ) {
	function mb_substr( $text, $start, $length = null ) { return implode( '', array_slice( preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY ), $start, $length ) ); }
}
// phpcs:enable

require $argv[1] . '/asskomm-widgets.php';

$input                    = json_decode( (string) file_get_contents( 'php://stdin' ), true );
$asskomm_test['options']  = $input['options'] ?? array();
$asskomm_test['can']      = (bool) ( $input['can'] ?? false );
$results                  = array();
foreach ( $input['calls'] as $call ) {
	$asskomm_test['enqueued'] = array();
	$asskomm_test['errors']   = array();
	$function                 = array_shift( $call );
	$result                   = $function( ...$call );
	$results[]                = array(
		'result'   => $result,
		'enqueued' => array_keys( $asskomm_test['enqueued'] ),
		'errors'   => $asskomm_test['errors'],
	);
}
echo json_encode( $results, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
