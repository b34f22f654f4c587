// Shows Shopify's record of the visitor's choice ('yes', 'no', or none yet), after each change.
document.addEventListener('DOMContentLoaded', () => {
  const dds = document.querySelectorAll('#state dd');
  const show = () => {
    const c = window.Shopify.customerPrivacy?.currentVisitorConsent();
    ['analytics', 'marketing', 'preferences', 'sale_of_data'].forEach((f, i) => (dds[i].textContent = c ? c[f] || 'no choice yet' : 'API not loaded'));
  };
  document.addEventListener('visitorConsentCollected', show);
  document.getElementById('reset').addEventListener('click', () => {
    sessionStorage.removeItem('shopify-standin');
    Consentry.reset();
    show();
  });
  // As a theme's own script would: once the API is there, show what it knows.
  window.Shopify.loadFeatures([{ name: 'consent-tracking-api', version: '0.1' }], show);
  show();
});
