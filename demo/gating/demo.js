// Shows which cookies the page can see, after every consent change.
const show = () => (document.getElementById('cookies').textContent = document.cookie || '(none)');
document.addEventListener('consent-change', () => setTimeout(show));
show();
Consentry.loadScript('stats.js', { category: 'analytics/stats' }).then(() => {
  document.getElementById('ran').insertAdjacentHTML('beforeend', '<li>Consentry.loadScript() resolved</li>');
});
