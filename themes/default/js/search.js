/*
 * flowdoc default theme: the site search in the page header. No network: the index is a script of the site
 * (assets/search-LANG.js, written by flowdoc, sets flowdocSearch.LANG.docs = [[kind, href, title, where, text], …]),
 * indexed with MiniSearch (js/minisearch.js, MIT) when the field is first used, so it works from file://.
 *
 * Matching: every word by prefix, all words must match ("tcp 443"), a typo forgiven in longer words; words of
 * one character are left out (they would match nearly everything, and cost the most). German
 * letters fold to their base letter in the index and in the query alike (ä→a, ö→o, ü→u, ß→ss, é→e), so
 * "Namensauflosung" finds "Namensauflösung"; a word with an umlaut is indexed in its ae/oe/ue spelling too, so
 * "Namensaufloesung" finds it as well, while "Queue" or "neue" are left alone.
 *
 * Keyboard: down arrow from the field into the results, up/down between them, Enter opens, Escape closes and
 * returns to the field. Landing on a row, group or section (also after a deep link) focuses it visibly.
 */
(function () {
  'use strict';
  var MAX = 12;
  var form = document.querySelector('form.site-search');
  var lang = document.documentElement.lang;
  var data = window.flowdocSearch && window.flowdocSearch[lang];

  // after the browser's own move to the fragment, which focuses the viewport when the anchor is not focusable
  if (document.readyState === 'complete') {
    setTimeout(focusTarget, 0);
  } else {
    window.addEventListener('load', function () { setTimeout(focusTarget, 0); });
  }
  window.addEventListener('hashchange', function () { setTimeout(focusTarget, 0); });

  if (!form || !window.MiniSearch || !data) {
    if (form) {
      form.hidden = true; // no index, no search: nothing that cannot work
    }
    return;
  }
  var input = form.elements.q;
  var list = form.querySelector('.site-search-results');
  var status = form.querySelector('.site-search-status');
  var mini = null;

  function fold(term) {
    return term.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function indexTerm(term) {
    var lower = term.toLowerCase();
    var folded = fold(lower);
    if (/[äöü]/.test(lower)) {
      return [folded, fold(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'))];
    }
    return folded;
  }

  function index() {
    if (!mini) {
      mini = new window.MiniSearch({
        fields: ['title', 'where', 'text'],
        extractField: function (doc, field) {
          return field === 'id' ? doc.id : doc[field];
        },
        processTerm: indexTerm,
        searchOptions: {
          processTerm: fold,
          prefix: true,
          fuzzy: function (term) { return term.length > 4 && !/^\d+$/.test(term) ? 0.2 : false; },
          combineWith: 'AND',
          boost: { title: 3, where: 1.5 }
        }
      });
      mini.addAll(data.docs.map(function (d, i) {
        return { id: i, title: d[2], where: d[3], text: d[4] };
      }));
    }
    return mini;
  }

  /** What matched, best first; exposed for the browser tests and for measuring a keystroke. */
  function search(query) {
    // a single letter or digit matches by prefix nearly everything: it waits for the next keystroke
    var words = window.MiniSearch.getDefault('tokenize')(query).filter(function (w) { return w.length > 1; });
    return words.length ? index().search(words.join(' ')).map(function (r) { return data.docs[r.id]; }) : null;
  }
  window.flowdocSearch.find = function (query) { return search(query) || []; };

  function say(template, a, b) {
    return template.replace('{0}', a).replace('{1}', b);
  }

  function context(doc) {
    var text = doc[4];
    return text.length > 160 ? text.slice(0, text.lastIndexOf(' ', 160)) + ' …' : text;
  }

  function show() {
    var query = input.value;
    var hits = search(query);
    list.textContent = '';
    if (!hits) {
      close();
      status.textContent = '';
      return;
    }
    hits.slice(0, MAX).forEach(function (doc) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = doc[1];
      var head = a.appendChild(document.createElement('span'));
      head.className = 'hit-title';
      head.textContent = doc[2];
      var where = a.appendChild(document.createElement('span'));
      where.className = 'hit-where';
      where.textContent = [form.dataset['kind' + doc[0].toUpperCase()], doc[3]].filter(Boolean).join(' · ');
      if (doc[4]) {
        var line = a.appendChild(document.createElement('span'));
        line.className = 'hit-context';
        line.textContent = context(doc);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = false;
    status.textContent = hits.length === 0 ? form.dataset.none
      : hits.length > MAX ? say(form.dataset.more, hits.length, MAX)
        : hits.length === 1 ? form.dataset.one : say(form.dataset.count, hits.length);
    if (hits.length === 0) {
      var none = document.createElement('li');
      none.className = 'hit-none';
      none.textContent = form.dataset.none;
      list.appendChild(none);
    }
  }

  function close() {
    list.hidden = true;
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('a'));
  }

  function move(from, step) {
    var all = links();
    var i = all.indexOf(from) + step;
    if (i < 0) {
      input.focus();
    } else if (i < all.length) {
      all[i].focus();
    }
  }

  input.addEventListener('focus', index);
  input.addEventListener('input', show);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      if (list.hidden) {
        show();
      }
      links()[0].focus();
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });
  list.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(document.activeElement, e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      var all = links();
      all[e.key === 'Home' ? 0 : all.length - 1].focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
      input.focus();
    }
  });
  list.addEventListener('click', function (e) {
    var a = e.target.closest('a');
    if (a && a.pathname === location.pathname && a.hash === location.hash) {
      focusTarget(); // the same anchor again: no hashchange, land on it all the same
    }
    close();
  });
  // Enter in the field opens the first result
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var first = links()[0];
    if (first) {
      first.click();
    }
  });
  form.addEventListener('focusout', function (e) {
    if (!form.contains(e.relatedTarget)) {
      close();
    }
  });

  /**
   * Focuses what the URL's anchor names: a flow's row, a group's cell, a section's heading (made focusable for
   * this), so that keyboard users continue from there and see where they are. The scroll position stays the
   * browser's. A row the table filter hides is shown again first.
   */
  function focusTarget() {
    if (!location.hash || location.hash.length < 2) {
      return;
    }
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (err) {
      return;
    }
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    if (el.tagName === 'A' && !el.hasAttribute('href')) {
      el = el.closest('td.group-cell') || el.closest('tr') || el.parentElement;
    }
    var row = el.closest('tr');
    if (row && row.hidden) {
      var filter = row.closest('table').previousElementSibling;
      if (filter && filter.matches('form.flowfilter')) {
        filter.reset();
        setTimeout(focusTarget, 0);
        return;
      }
    }
    if (!el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '-1');
    }
    el.focus({ preventScroll: true });
  }
})();
