(function () {
  var status = document.body;
  var errors = document.getElementById('dv-errors');
  function fail(message) {
    status.setAttribute('data-dv-status', 'error');
    errors.textContent += message + '\n';
  }
  window.addEventListener('error', function (e) { fail('JavaScript error: ' + e.message); });
  if (typeof mermaid === 'undefined') {
    fail('Mermaid did not load: keep the script file next to this page');
    return;
  }
  var views = [];

  // Zoom and pan: a CSS transform on the rendered diagram inside a fixed viewport.
  function View(area) {
    this.area = area;
    this.viewport = area.querySelector('.dv-viewport');
    this.content = area.querySelector('.mermaid');
    this.scale = 1; this.x = 0; this.y = 0;
    var self = this;
    this.viewport.addEventListener('wheel', function (e) {
      e.preventDefault();
      var box = self.viewport.getBoundingClientRect();
      self.zoomAt(e.deltaY < 0 ? 1.2 : 1 / 1.2, e.clientX - box.left, e.clientY - box.top);
    }, { passive: false });
    var drag = null;
    this.viewport.addEventListener('mousedown', function (e) {
      drag = { x: e.clientX - self.x, y: e.clientY - self.y };
      self.viewport.classList.add('dv-dragging');
    });
    window.addEventListener('mousemove', function (e) {
      if (drag) { self.x = e.clientX - drag.x; self.y = e.clientY - drag.y; self.apply(); }
    });
    window.addEventListener('mouseup', function () {
      drag = null; self.viewport.classList.remove('dv-dragging');
    });
    area.querySelectorAll('button[data-zoom]').forEach(function (button) {
      button.addEventListener('click', function (e) {
        e.preventDefault();
        var how = button.getAttribute('data-zoom');
        if (how === 'reset') { self.scale = 1; self.x = 0; self.y = 0; self.apply(); return; }
        self.zoomAt(how === 'in' ? 1.25 : 0.8, self.viewport.clientWidth / 2, self.viewport.clientHeight / 2);
      });
    });
  }
  View.prototype.zoomAt = function (factor, px, py) {
    var scale = Math.min(8, Math.max(0.1, this.scale * factor));
    factor = scale / this.scale;
    this.x = px - (px - this.x) * factor;
    this.y = py - (py - this.y) * factor;
    this.scale = scale;
    this.apply();
  };
  View.prototype.apply = function () {
    this.content.style.transform = 'translate(' + this.x + 'px,' + this.y + 'px) scale(' + this.scale + ')';
    this.area.setAttribute('data-dv-zoom', this.scale.toFixed(2));
  };
  View.prototype.centre = function (node) {
    var box = this.viewport.getBoundingClientRect();
    var target = node.getBoundingClientRect();
    this.x += box.left + box.width / 2 - (target.left + target.width / 2);
    this.y += box.top + box.height / 2 - (target.top + target.height / 2);
    this.apply();
  };

  function tableOf(node) {
    var match = /-entity-(.+)-\d+$/.exec(node.id || '');
    return match ? match[1] : null;
  }

  // Search: matching tables are outlined, the others dimmed; the first match is centred in its area.
  function search(text) {
    var query = text.trim().toLowerCase();
    var found = [];
    views.forEach(function (view) {
      var first = null;
      view.area.querySelectorAll('g.node').forEach(function (node) {
        var name = tableOf(node);
        var hit = query !== '' && name !== null && name.toLowerCase().indexOf(query) >= 0;
        node.classList.toggle('dv-match', hit);
        node.classList.toggle('dv-dim', query !== '' && !hit);
        if (hit) { found.push(name); first = first || node; }
      });
      if (first) { view.area.open = true; view.centre(first); }
    });
    document.querySelectorAll('#dv-entities tbody tr').forEach(function (row) {
      var words = (row.getAttribute('data-entity') + ' ' + row.getAttribute('data-tables')).toLowerCase();
      row.classList.toggle('dv-hidden', query !== '' && words.indexOf(query) < 0);
    });
    found.sort();
    status.setAttribute('data-dv-matches', found.join(','));
    document.getElementById('dv-found').textContent = query === '' ? '' : found.length + ' found';
  }

  function fromAddress() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var zoom = parseFloat(params.get('zoom'));
    if (zoom > 0) {
      views.forEach(function (view) { view.zoomAt(zoom / view.scale, 0, 0); });
    }
    if (params.get('search') !== null) {
      document.getElementById('dv-search').value = params.get('search');
      search(params.get('search'));
    }
  }

  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default',
    er: { useMaxWidth: false } });
  // closed <details> have no layout: render with every area open, then close the ones that were closed
  var closed = [];
  document.querySelectorAll('details.dv-area').forEach(function (area) {
    if (!area.open) { closed.push(area); area.open = true; }
  });
  mermaid.run({ querySelector: '.mermaid' }).then(function () {
    document.querySelectorAll('details.dv-area').forEach(function (area) { views.push(new View(area)); });
    views.forEach(function (view) { view.apply(); });
    closed.forEach(function (area) { area.open = false; });
    document.getElementById('dv-search').addEventListener('input', function (e) { search(e.target.value); });
    window.addEventListener('hashchange', fromAddress);
    fromAddress();
    if (status.getAttribute('data-dv-status') !== 'error') {
      status.setAttribute('data-dv-status', 'rendered');
    }
  }).catch(function (e) { fail('Mermaid error: ' + (e && e.message ? e.message : e)); });
})();
