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

/**
 * The value of option `$name` if it is valid, else null. Values outside a list, and free text that
 * does not match its pattern, are refused (the drop-in's default then applies); a URL must be http,
 * https or relative. Used when saving and again when printing, since the stored option may have been
 * written by other code than this page.
 */
function consentry_valid( $name, $value ) {
	$fields = consentry_fields();
	if ( ! isset( $fields[ $name ] ) || ! is_string( $value ) ) {
		return null;
	}
	$value = trim( $value );
	if ( '' === $value || strlen( $value ) > 2048 ) {
		return null;
	}
	if ( is_array( $fields[ $name ][1] ) ) {
		return in_array( $value, $fields[ $name ][1], true ) ? $value : null;
	}
	if ( 'policy-url' === $name ) {
		// Not sanitize_text_field, which strips percent-encoded octets (`%C3%A9`) out of a URL; and
		// refused rather than silently changed (esc_url_raw makes `privacy` into `http://privacy`).
		$url = esc_url_raw( $value, array( 'http', 'https' ) );
		return '' !== $url && $url === $value ? $url : null;
	}
	if ( 'ga-id' === $name ) {
		$value = strtoupper( preg_replace( '/\s+/', ' ', $value ) );
		return preg_match( '/^(G|UA|GT|AW|DC)-[A-Z0-9-]{1,20}( (G|UA|GT|AW|DC)-[A-Z0-9-]{1,20}){0,9}$/', $value ) ? $value : null;
	}
	$value = 'auto' === strtolower( $value ) ? 'auto' : strtoupper( $value );
	return preg_match( '/^(auto|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/', $value ) ? $value : null;
}

/**
 * Checks each option when saved: a refused value is dropped, with one message naming the option
 * and the value (as text). WordPress may run this twice in one save (add_option after
 * update_option on the first save), so each message is added once.
 */
function consentry_sanitize( $input ) {
	$out = array();
	if ( ! is_array( $input ) ) {
		return $out;
	}
	$reported = wp_list_pluck( get_settings_errors( 'consentry' ), 'code' );
	foreach ( consentry_fields() as $name => $field ) {
		if ( ! isset( $input[ $name ] ) || '' === $input[ $name ] ) {
			continue;
		}
		$value = consentry_valid( $name, $input[ $name ] );
		if ( null !== $value ) {
			$out[ $name ] = $value;
		} elseif ( ! in_array( 'consentry-' . $name, $reported, true ) ) {
			$shown = is_string( $input[ $name ] ) ? mb_substr( $input[ $name ], 0, 200 ) : gettype( $input[ $name ] );
			// settings_errors() prints the message as HTML: the value is escaped here.
			add_settings_error( 'consentry', 'consentry-' . $name, esc_html( sprintf( /* translators: 1: option, 2: value */ __( '%1$s: "%2$s" is not valid; the default is used.', 'consentry' ), $field[0], $shown ) ) );
		}
	}
	return $out;
}

/** The saved options that are valid: name => value. */
function consentry_options() {
	$saved = get_option( 'consentry', array() );
	$out   = array();
	foreach ( array_keys( consentry_fields() ) as $name ) {
		$value = is_array( $saved ) && isset( $saved[ $name ] ) ? consentry_valid( $name, $saved[ $name ] ) : null;
		if ( null !== $value ) {
			$out[ $name ] = $value;
		}
	}
	return $out;
}

// Registered on every request (not only in wp-admin), so that the option is checked however it is saved.
add_action(
	'init',
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
	$options = consentry_options();
	// No settings_errors() here: WordPress prints the notices of a page under Settings itself.
	echo '<div class="wrap"><h1>' . esc_html__( 'Consentry', 'consentry' ) . '</h1>';
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

/** Prints the drop-in in <head>, deferred, with the saved options as data-* attributes, each checked and escaped. */
add_action(
	'wp_head',
	function () {
		$attrs = '';
		foreach ( consentry_options() as $name => $value ) {
			$attrs .= ' data-' . $name . '="' . ( 'policy-url' === $name ? esc_url( $value ) : esc_attr( $value ) ) . '"';
		}
		$src = plugins_url( 'dist/consentry.js', __FILE__ );
		echo '<script defer id="consentry-js" src="' . esc_url( $src ) . '"' . $attrs . '></script>' . "\n"; // phpcs:ignore WordPress.WP.EnqueuedResources -- printed first in <head>, before any tag it gates (docs/performance.md).
	},
	1
);

/** Declares this plugin to the WP Consent API as a consent tool that sets its categories. */
add_filter( 'wp_consent_api_registered_' . plugin_basename( __FILE__ ), '__return_true' );

/**
 * The consent type for the WP Consent API's PHP (`wp_has_consent()` on the server): `optin` unless
 * the mode set here is another, as the drop-in declares it in the browser. Without it the API's PHP
 * has no type and lets every plugin track. Where the region's rules decide the mode, the browser
 * settles it: plugins are told to wait for `wp_consent_type_defined`, which the drop-in dispatches.
 */
add_filter(
	'wp_get_consent_type',
	function () {
		$options = consentry_options();
		return ! isset( $options['mode'] ) || 'opt-in' === $options['mode'] ? 'optin' : 'optout';
	}
);
add_filter( 'wp_consent_api_waitfor_consent_hook', '__return_true' );
