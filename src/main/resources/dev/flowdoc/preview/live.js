// flowdoc serve: reloads the page when the site was rebuilt (or, during a rebuild, as soon as this page is on disk)
// and shows the project's problems over the page.
// Injected by the preview server only; the built site never carries it.
(function () {
  'use strict';
  var me = document.currentScript;
  var generation = me ? Number(me.getAttribute('data-generation')) : NaN;
  var path = me ? me.getAttribute('data-path') : null;
  var overlay = null;
  // the server put the problems into the page for clients without scripts; the overlay shows them here
  var listed = document.getElementById('flowdoc-problems-page');
  if (listed) {
    listed.remove();
  }

  function show(problems) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'flowdoc-problems';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;'
        + 'margin:0;padding:1em 1.2em;background:#2b0b0b;color:#fff;font:13px/1.45 monospace;'
        + 'border-top:4px solid #e0413b;box-shadow:0 -4px 16px rgba(0,0,0,.4)';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var head = document.createElement('strong');
    head.textContent = 'flowdoc: the project has problems; this is the last good build.';
    overlay.appendChild(head);
    var pre = document.createElement('pre');
    pre.style.cssText = 'margin:.6em 0 0;white-space:pre-wrap';
    pre.textContent = problems.join('\n');
    overlay.appendChild(pre);
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  // the server renders the pages that are open first
  var events = new EventSource('/_flowdoc/events' + (path ? '?page=' + encodeURIComponent(path) : ''));
  events.addEventListener('state', function (e) {
    var state = JSON.parse(e.data);
    if (!state.ok) {
      show(state.problems);
      return;
    }
    hide();
    if (state.generation > generation) {
      location.reload();
    }
  });
  // a rebuild under way has written this page: no need to wait for the other pages
  events.addEventListener('page', function (e) {
    var page = JSON.parse(e.data);
    if (path && page.path === path && page.generation > generation) {
      location.reload();
    }
  });
})();
