// crosscheck report: filters, search and link targets. Plain JavaScript, no dependency, no network.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-finding]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('[data-group]'));
  var status = document.getElementById('filter-status');

  function checkedValues(name) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
      return box.checked;
    }).map(function (box) { return box.value; });
  }

  function matches(el, kinds, severities, source, query) {
    if (kinds.indexOf(el.dataset.kind) < 0 || severities.indexOf(el.dataset.severity) < 0) {
      return false;
    }
    if (source) {
      var keys = (source.charAt(0) === 'r' ? el.dataset.reported : el.dataset.omitted).split(' ');
      if (keys.indexOf(source.slice(2)) < 0) {
        return false;
      }
    }
    return !query || el.textContent.toLowerCase().indexOf(query) >= 0;
  }

  function apply() {
    var kinds = checkedValues('kind');
    var severities = checkedValues('severity');
    var source = form.elements.source.value;
    var query = form.elements.q.value.trim().toLowerCase();
    var shown = 0;
    items.forEach(function (el) {
      var ok = matches(el, kinds, severities, source, query);
      el.hidden = !ok;
      if (ok) { shown++; }
    });
    groups.forEach(function (group) {
      var all = group.querySelectorAll('[data-finding]').length;
      var visible = group.querySelectorAll('[data-finding]:not([hidden])').length;
      var note = group.querySelector('.none-match');
      if (note) { note.hidden = all === 0 || visible > 0; }
    });
    if (shown !== items.length) {
      // a filter looks through every finding: open the omissions kept behind "Show all"
      Array.prototype.forEach.call(document.querySelectorAll('details[data-more]'), function (d) { d.open = true; });
    }
    status.textContent = shown === items.length ? 'all ' + items.length + ' findings shown'
      : shown + ' of ' + items.length + ' findings shown';
  }

  // Opens the <details> around the element the URL points at, and shows it if a filter hid it.
  function reveal() {
    var id = '';
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { /* a malformed link: nothing to show */ }
    var target = id && document.getElementById(id);
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === 'DETAILS') { el.open = true; }
      if (el.hidden && el.hasAttribute('data-finding')) { el.hidden = false; }
    }
  }

  // A matrix as narrow as its box needs no scroll box of its own: then its header row sticks under
  // the filter bar (whose height --bar gives) while the page scrolls past its rows.
  var wraps = Array.prototype.slice.call(document.querySelectorAll('.matrix-wrap'));
  function layout() {
    var bar = form && !form.hidden && getComputedStyle(form).position === 'sticky' ? form.offsetHeight : 0;
    document.documentElement.style.setProperty('--bar', bar + 'px');
    wraps.forEach(function (wrap) {
      wrap.classList.remove('fits');
      if (wrap.scrollWidth <= wrap.clientWidth) { wrap.classList.add('fits'); }
    });
  }

  var printed = [];
  window.addEventListener('beforeprint', function () {
    printed = Array.prototype.filter.call(document.querySelectorAll('details.print-open'), function (d) {
      return !d.open;
    });
    printed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    printed.forEach(function (d) { d.open = false; });
  });
  window.addEventListener('hashchange', reveal);
  reveal();

  if (form) {
    form.hidden = false;
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    apply();
  }
  layout();
  window.addEventListener('resize', layout);
  document.addEventListener('toggle', layout, true);
})();
