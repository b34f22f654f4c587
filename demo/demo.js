// Shows the consent events the page receives, the way a site's own code would listen.
const log = document.getElementById('log');
for (const name of ['consent-ready', 'consent-change', 'consent-ui']) {
  document.addEventListener(name, (e) => {
    const { categories, view, source, changed } = e.detail;
    log.textContent += `${name} ${JSON.stringify({ categories, view, source, changed })}\n`;
  });
}
const pixel = document.getElementById('pixel');
const ad = document.getElementById('ad');
pixel.addEventListener('load', () => (document.getElementById('pixel-state').textContent = 'loaded'));
ad.addEventListener('load', () => ad.src && (document.getElementById('iframe-state').textContent = 'loaded'));
