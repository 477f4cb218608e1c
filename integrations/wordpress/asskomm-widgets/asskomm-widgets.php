<?php
/**
 * Plugin Name:       ASSKomm-Widgets
 * Plugin URI:        https://github.com/asskomm/asskomm-widgets
 * Description:       Karte, Kennzahlen und Verlauf der Allianz Sichere Sächsische Kommunen (ASSKomm) als Shortcode und Block, auch für die Rolle „Autor“.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            ASSKomm
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Update URI:        false
 * Text Domain:       asskomm-widgets
 *
 * @package asskomm-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'ASSKOMM_WIDGETS_VERSION', '0.1.0' );
define( 'ASSKOMM_WIDGETS_FILE', __FILE__ );
define( 'ASSKOMM_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once ASSKOMM_WIDGETS_DIR . 'includes/attributes.php';
require_once ASSKOMM_WIDGETS_DIR . 'includes/settings.php';
require_once ASSKOMM_WIDGETS_DIR . 'includes/assets.php';
require_once ASSKOMM_WIDGETS_DIR . 'includes/addresses.php';
require_once ASSKOMM_WIDGETS_DIR . 'includes/markup.php';
require_once ASSKOMM_WIDGETS_DIR . 'includes/content.php';
require_once ASSKOMM_WIDGETS_DIR . 'includes/shortcodes.php';
require_once ASSKOMM_WIDGETS_DIR . 'includes/block.php';
require_once ASSKOMM_WIDGETS_DIR . 'includes/kses.php';
