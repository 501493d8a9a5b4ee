// @ts-check
// ClaimLens embed resize script: https://claimlens.example/embed.js (documented in docs/embedding.md).
// Include it once on a page that holds ClaimLens embed iframes; it sets each iframe's height to
// its content. It acts only on messages that (1) come from this script's own origin, (2) are sent
// by the window of an iframe on this page that shows a page of that origin, and (3) have the type
// 'claimlens:embed-height' and a finite height, which it clamps to 80–20000 pixels. It changes
// nothing else on the page. Without it, the iframe keeps the height written in the snippet.
(function () {
  var script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) return;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'claimlens:embed-height') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (!frame || frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== origin) return;
      frame.height = String(Math.round(Math.min(20000, Math.max(80, height))));
      return;
    }
  });
})();
