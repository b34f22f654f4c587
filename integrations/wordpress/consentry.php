<?php
/**
 * Plugin Name:       Consentry
 * Description:       Consentry's cookie-consent banner, tracker gating and privacy notice: prints the drop-in with the options set under Settings → Consentry, and tells the WP Consent API each decision.
 * Version:           0.1.0
 * Requires at least: 6.0
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       consentry
 *
 * The drop-in and its chunks are the files of Consentry's dist/, copied to this plugin's dist/
 * folder. The bridge to the WP Consent API runs in the browser (docs/integrations.md, WordPress).
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The options this page offers: name => [ label, allowed values (null: free text, checked by its sanitizer) ]. */
function consentry_fields() {
	return array(
		'mode'       => array( __( 'Mode', 'consentry' ), array( 'opt-in', 'opt-out', 'notice', 'none' ) ),
		'layout'     => array( __( 'Layout', 'consentry' ), array( 'bar', 'box', 'modal' ) ),
		'position'   => array( __( 'Position', 'consentry' ), array( 'bottom', 'top', 'bottom-left', 'bottom-right', 'center' ) ),
		'policy-url' => array( __( 'Privacy notice URL', 'consentry' ), null ),
		'ga-id'      => array( __( 'Google Analytics measurement ids (space separated)', 'consentry' ), null ),
		'region'     => array( __( 'Region (ISO 3166 code, or auto)', 'consentry' ), null ),
	);
}

/** Checks each option when saved: a value outside its list, or malformed, is dropped (the drop-in's default applies). */
function consentry_sanitize( $input ) {
	$out = array();
	if ( ! is_array( $input ) ) {
		return $out;
	}
	foreach ( consentry_fields() as $name => $field ) {
		if ( ! isset( $input[ $name ] ) || ! is_string( $input[ $name ] ) ) {
			continue;
		}
		$value = trim( sanitize_text_field( wp_unslash( $input[ $name ] ) ) );
		if ( '' === $value ) {
			continue;
		}
		if ( is_array( $field[1] ) ) {
			$ok = in_array( $value, $field[1], true );
		} elseif ( 'policy-url' === $name ) {
			$value = esc_url_raw( $value, array( 'http', 'https' ) );
			$ok    = '' !== $value;
		} elseif ( 'ga-id' === $name ) {
			$ok = (bool) preg_match( '/^(G|UA|GT|AW|DC)-[A-Z0-9-]{1,20}( (G|UA|GT|AW|DC)-[A-Z0-9-]{1,20}){0,9}$/', $value );
		} else {
			$ok = (bool) preg_match( '/^(auto|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/', $value );
		}
		if ( $ok ) {
			$out[ $name ] = $value;
		} else {
			add_settings_error( 'consentry', 'consentry-' . $name, sprintf( /* translators: 1: option, 2: value */ __( '%1$s: "%2$s" is not valid; the default is used.', 'consentry' ), $field[0], $value ) );
		}
	}
	return $out;
}

add_action(
	'admin_init',
	function () {
		register_setting( 'consentry', 'consentry', array( 'type' => 'array', 'sanitize_callback' => 'consentry_sanitize', 'default' => array() ) );
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( 'Consentry', 'Consentry', 'manage_options', 'consentry', 'consentry_settings_page' );
	}
);

/** The settings page: WordPress's options.php saves it (nonce and capability checked there and here). */
function consentry_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change these settings.', 'consentry' ) );
	}
	$options = get_option( 'consentry', array() );
	echo '<div class="wrap"><h1>' . esc_html__( 'Consentry', 'consentry' ) . '</h1>';
	settings_errors( 'consentry' );
	echo '<form method="post" action="options.php">';
	settings_fields( 'consentry' );
	echo '<table class="form-table" role="presentation">';
	foreach ( consentry_fields() as $name => $field ) {
		$id    = 'consentry-' . $name;
		$value = isset( $options[ $name ] ) ? $options[ $name ] : '';
		echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $field[0] ) . '</label></th><td>';
		if ( is_array( $field[1] ) ) {
			echo '<select id="' . esc_attr( $id ) . '" name="consentry[' . esc_attr( $name ) . ']"><option value="">' . esc_html__( '(default)', 'consentry' ) . '</option>';
			foreach ( $field[1] as $choice ) {
				echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $choice ) . '</option>';
			}
			echo '</select>';
		} else {
			echo '<input class="regular-text" type="text" id="' . esc_attr( $id ) . '" name="consentry[' . esc_attr( $name ) . ']" value="' . esc_attr( $value ) . '">';
		}
		echo '</td></tr>';
	}
	echo '</table>';
	submit_button();
	echo '</form></div>';
}

/** Prints the drop-in in <head>, deferred, with the saved options as data-* attributes, each escaped. */
add_action(
	'wp_head',
	function () {
		$options = get_option( 'consentry', array() );
		$attrs   = '';
		foreach ( consentry_fields() as $name => $field ) {
			if ( isset( $options[ $name ] ) && is_string( $options[ $name ] ) && '' !== $options[ $name ] ) {
				$value  = 'policy-url' === $name ? esc_url( $options[ $name ] ) : esc_attr( $options[ $name ] );
				$attrs .= ' data-' . $name . '="' . $value . '"';
			}
		}
		$src = plugins_url( 'dist/consentry.js', __FILE__ );
		echo '<script defer id="consentry-js" src="' . esc_url( $src ) . '"' . $attrs . '></script>' . "\n"; // phpcs:ignore WordPress.WP.EnqueuedResources -- printed first in <head>, before any tag it gates (docs/performance.md).
	},
	1
);

/** Declares this plugin to the WP Consent API as a consent tool that sets its categories. */
add_filter( 'wp_consent_api_registered_' . plugin_basename( __FILE__ ), '__return_true' );
