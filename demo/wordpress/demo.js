// Shows what a plugin using the WP Consent API reads, after each change.
document.addEventListener('DOMContentLoaded', () => {
  const dds = document.querySelectorAll('#state dd');
  const show = () => {
    dds[0].textContent = String(window.wp_consent_type);
    ['functional', 'preferences', 'statistics', 'statistics-anonymous', 'marketing'].forEach(
      (c, i) => (dds[i + 1].textContent = window.wp_has_consent?.(c) ? 'allowed' : 'not allowed'),
    );
  };
  document.addEventListener('wp_consent_type_defined', show);
  document.addEventListener('wp_listen_for_consent_change', show);
  document.getElementById('reset').addEventListener('click', () => Consentry.reset());
  show();
});
