/*
 * flowdoc default theme: filters every flow table of a page. No dependencies, no network: works from file://.
 * The form comes from the page's <template id="flowfilter-template"> (words in the page's language);
 * rows carry data-flow, data-group, data-ports (ports and ranges "41000-41100"), data-direction, data-bidirectional
 * and data-internet, written by flowdoc; a typed port matches a range that holds it.
 * The direction choice: "inbound" and "outbound" also show two-way flows (data-direction "both": they need the rule
 * that way too), "both" every two-way flow (internal ones included); a choice no row has is taken out.
 * A group's cell spans its rows; when rows are hidden it moves to the first visible row and spans the
 * visible ones, so that the table keeps its shape.
 */
(function () {
  'use strict';
  var template = document.getElementById('flowfilter-template');
  if (!template || !template.content) {
    return;
  }
  var tables = document.querySelectorAll('table.flowtable');
  for (var i = 0; i < tables.length; i++) {
    setup(tables[i]);
  }

  // data-ports holds single ports and ranges as the data writes them: "25 41000-41100"
  function hasPort(ports, typed) {
    var n = /^\d+$/.test(typed) ? parseInt(typed, 10) : NaN;
    return ports.split(' ').some(function (p) {
      if (p === typed) {
        return true;
      }
      var range = p.split('-');
      return range.length === 2 && n >= parseInt(range[0], 10) && n <= parseInt(range[1], 10);
    });
  }

  function directionMatches(row, wanted) {
    if (wanted === 'both') {
      return row.dataset.bidirectional === 'true';
    }
    var d = row.dataset.direction;
    return d === wanted || (d === 'both' && (wanted === 'inbound' || wanted === 'outbound'));
  }

  function norm(s) {
    return s.toLowerCase().replace(/\s+/g, ' ');
  }

  function setup(table) {
    var form = template.content.firstElementChild.cloneNode(true);
    table.parentNode.insertBefore(form, table);
    var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return r.dataset.flow; });
    var groups = {};
    var order = [];
    rows.forEach(function (r) {
      var id = r.dataset.group;
      if (!groups[id]) {
        groups[id] = { rows: [], cell: null, text: '' };
        order.push(id);
      }
      groups[id].rows.push(r);
    });
    Array.prototype.forEach.call(table.querySelectorAll('td.group-cell'), function (td) {
      var g = groups[td.dataset.groupCell];
      if (g) {
        g.cell = td;
        g.text = td.textContent;
      }
    });
    var select = form.elements.group;
    Array.prototype.slice.call(select.options).forEach(function (o) {
      if (o.value && !groups[o.value]) {
        select.removeChild(o);
      }
    });
    var direction = form.elements.direction;
    Array.prototype.slice.call(direction.options).forEach(function (o) {
      if (o.value && !rows.some(function (r) { return directionMatches(r, o.value); })) {
        direction.removeChild(o);
      }
    });
    var count = form.querySelector('output');

    function apply() {
      var text = norm(form.elements.text.value.trim());
      var port = form.elements.port.value.trim();
      var group = select.value;
      var internet = form.elements.internet.checked;
      var way = direction.value;
      var shown = 0;
      order.forEach(function (id) {
        var g = groups[id];
        var visible = [];
        g.rows.forEach(function (r) {
          var ok = (!group || group === id)
            && (!port || hasPort(r.dataset.ports, port))
            && (!way || directionMatches(r, way))
            && (!internet || (r.dataset.internet === 'true' && (r.dataset.direction === 'inbound' || r.dataset.direction === 'both')))
            && (!text || norm(g.text + ' ' + r.textContent).indexOf(text) >= 0);
          r.hidden = !ok;
          if (ok) {
            visible.push(r);
          }
        });
        if (g.cell && visible.length) {
          visible[0].insertBefore(g.cell, visible[0].firstChild);
          g.cell.rowSpan = visible.length;
        }
        shown += visible.length;
      });
      count.value = count.dataset.template.replace('{0}', shown).replace('{1}', rows.length);
    }

    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    apply();
  }
})();
