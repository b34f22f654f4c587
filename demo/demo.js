// Shows the consent events the page receives, the way a site's own code would listen.
const log = document.getElementById('log');
// Deferred after the drop-in (as the quick start loads it), so `Consentry` is there; `consent-ready`
// fired while the drop-in ran, before this script: `on('ready')` still reports it.
for (const name of ['ready', 'change', 'ui']) {
  Consentry.on(name, ({ categories, view, source, changed }) => {
    log.textContent += `consent-${name} ${JSON.stringify({ categories, view, source, changed })}\n`;
  });
}
const pixel = document.getElementById('pixel');
const ad = document.getElementById('ad');
pixel.addEventListener('load', () => (document.getElementById('pixel-state').textContent = 'loaded'));
ad.addEventListener('load', () => ad.src && (document.getElementById('iframe-state').textContent = 'loaded'));
