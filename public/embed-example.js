// A host page's side of the Batch vs Stream Lab message API (version 1). The iframes are
// sandboxed without allow-same-origin, so their origin is "null": the host recognises each
// lab by event.source (its iframe's window), never by event.origin, and sends with '*'.
// Nothing the labs send is private (heights, a link's query, the playhead).
(function () {
  'use strict';
  var frames = Array.prototype.slice.call(document.querySelectorAll('iframe[id^="lab-"]'));

  function frameOf(source) {
    for (var i = 0; i < frames.length; i++)
      if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    var data = event.data;
    // Only our labs, only the lab's messages, only the version this page was written for.
    if (!frame || !data || data.source !== 'batch-stream-lab' || data.version !== 1) return;
    var status = document.getElementById(frame.id + '-status');
    if (data.type === 'height' && typeof data.height === 'number') {
      frame.height = String(Math.min(Math.max(data.height, 200), 4000));
      frame.dataset.reportedHeight = String(data.height);
    } else if (data.type === 'state') {
      frame.dataset.playhead = String(data.playhead);
      frame.dataset.playing = String(data.playing);
    }
    status.textContent =
      'Height ' +
      (frame.dataset.reportedHeight || '?') +
      ' px · ' +
      (frame.dataset.playing === 'true' ? 'playing' : 'paused') +
      ' at ' +
      (frame.dataset.playhead
        ? new Date(Number(frame.dataset.playhead)).toISOString().slice(11, 19)
        : '?');
  });

  function sendAll(message) {
    message.version = 1;
    frames.forEach(function (frame) {
      // '*': a sandboxed frame's origin is opaque, so no origin string could name it.
      if (frame.contentWindow) frame.contentWindow.postMessage(message, '*');
    });
  }

  document.getElementById('play-all').addEventListener('click', function () {
    sendAll({ type: 'play' });
  });
  document.getElementById('pause-all').addEventListener('click', function () {
    sendAll({ type: 'pause' });
  });
  document.getElementById('rewind-all').addEventListener('click', function () {
    sendAll({ type: 'seek', t: 12 * 3600 * 1000 });
  });
  document.getElementById('more-late').addEventListener('click', function () {
    sendAll({ type: 'setScenario', query: '?late=0.5' });
  });
})();
