// @ts-check
// ClaimLens embed frame script, loaded by every embed page (/embed/…). Two comforts, both optional:
//  1. `?theme=light` or `?theme=dark` on the embed's URL overrides the reader's system colour
//     scheme (without JavaScript the system preference, `prefers-color-scheme`, applies).
//  2. Inside an iframe, it tells the host page its content height, so /embed.js on the host can fit
//     the iframe. The height is not secret, hence targetOrigin '*'. It never touches the host page.
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  if (window.parent === window || typeof ResizeObserver !== 'function') return;
  var root = document.documentElement;
  var last = -1;
  function post() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'claimlens:embed-height', height: height }, '*');
  }
  new ResizeObserver(post).observe(root);
})();
