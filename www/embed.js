// Include this on a page that embeds Dateline views in iframes: it sizes
// each iframe to its content when the view reports its height. Without it
// the iframe keeps its own height and scrolls.
//   <iframe src=".../embed.html#article=..." title="Dateline" style="width:100%;height:600px;border:0"></iframe>
//   <script src=".../embed.js" async></script>
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'dateline:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('scrolling', 'no');
      }
    }
  });
})();
