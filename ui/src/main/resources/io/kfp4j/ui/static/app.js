// kfp4j ui: sortable tables, run selection for comparison, the run graph's task panels, live refresh of a running run.
(function () {
  'use strict';

  function sortable(table) {
    table.querySelectorAll('th[data-sort]').forEach(function (th) {
      function sort() {
        var kind = th.getAttribute('data-sort');
        var index = Array.prototype.indexOf.call(th.parentNode.children, th);
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('th[aria-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index].getAttribute('data-value') || '';
          var y = b.cells[index].getAttribute('data-value') || '';
          var c;
          if (kind === 'number') {
            c = (x === '' ? Infinity : Number(x)) - (y === '' ? Infinity : Number(y));
          } else {
            c = x < y ? -1 : x > y ? 1 : 0;
          }
          return ascending ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
    });
  }

  function compareForm(form) {
    var button = form.querySelector('#compare');
    function update() {
      var checked = form.querySelectorAll('input[name=runs]:checked').length;
      button.disabled = checked < 2;
      button.textContent = checked < 2 ? 'Compare the two selected runs' : 'Compare the ' + checked + ' selected runs';
    }
    form.addEventListener('change', update);
    update();
  }

  function baseName(taskId) {
    var bracket = taskId.indexOf('[');
    return bracket < 0 ? taskId : taskId.substring(0, bracket);
  }

  function selectedFromHash() {
    var match = /(?:^#|&)task=([^&]*)/.exec(location.hash);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function showTask(taskId, scroll) {
    var body = document.getElementById('run-body');
    if (!body) { return; }
    var name = taskId === null ? null : baseName(taskId);
    var found = false;
    body.querySelectorAll('.task-panel').forEach(function (panel) {
      var match = panel.getAttribute('data-task') === name;
      panel.hidden = !match;
      found = found || match;
      if (match && taskId !== name) {
        panel.querySelectorAll('details.task-record').forEach(function (d) {
          if (d.getAttribute('data-task-id') === taskId) { d.open = true; if (scroll) { d.scrollIntoView(); } }
        });
      }
    });
    body.querySelectorAll('g.node').forEach(function (node) {
      node.classList.toggle('selected', node.getAttribute('data-task') === name);
    });
    var placeholder = body.querySelector('.side-panel .placeholder');
    if (placeholder) { placeholder.hidden = found; }
    var side = body.querySelector('.side-panel');
    if (side) { side.classList.toggle('open', found); }
  }

  function select(taskId) {
    if (taskId === null) {
      history.replaceState(null, '', location.pathname + location.search);
    } else {
      history.replaceState(null, '', '#task=' + encodeURIComponent(taskId));
    }
    showTask(taskId, true);
  }

  function bindRun(body) {
    body.querySelectorAll('g.node').forEach(function (node) {
      node.addEventListener('click', function () { select(node.getAttribute('data-task')); });
      node.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(node.getAttribute('data-task')); }
      });
    });
    body.querySelectorAll('.task-panel button.close').forEach(function (button) {
      button.addEventListener('click', function () { select(null); });
    });
    body.querySelectorAll('a[data-task-link]').forEach(function (a) {
      if ((a.getAttribute('href') || '').charAt(0) === '#') {
        a.addEventListener('click', function (e) { e.preventDefault(); select(a.getAttribute('data-task-link')); });
      }
    });
    showTask(selectedFromHash(), false);
  }

  function openDetails(body) {
    var open = [];
    body.querySelectorAll('details[open]').forEach(function (d) {
      open.push(d.getAttribute('data-task-id'));
    });
    return open;
  }

  // Polls the run's body about once a second (less often when the page is slow to build, as for runs of
  // thousands of tasks); the server answers 304 while the record has not changed.
  function live() {
    var etag = null;
    function poll() {
      var started = Date.now();
      var headers = etag ? { 'If-None-Match': etag } : {};
      fetch(location.pathname + '?fragment=body', { headers: headers, cache: 'no-store' }).then(function (response) {
        if (response.status !== 200) { return null; }
        etag = response.headers.get('ETag');
        return response.text();
      }).then(function (html) {
        var fresh = null;
        if (html !== null && html !== undefined) {
          var current = document.getElementById('run-body');
          var open = openDetails(current);
          var template = document.createElement('template');
          template.innerHTML = html;
          fresh = template.content.firstElementChild;
          fresh.querySelectorAll('details.task-record').forEach(function (d) {
            if (open.indexOf(d.getAttribute('data-task-id')) >= 0) { d.open = true; }
          });
          current.replaceWith(fresh);
          bindRun(fresh);
          document.dispatchEvent(new CustomEvent('kfp4j:refreshed'));
        }
        if (fresh === null || fresh.getAttribute('data-live') === 'true') {
          setTimeout(poll, Math.max(1000, 4 * (Date.now() - started)));
        }
      }).catch(function () {
        setTimeout(poll, 5000); // the server is away: try again later
      });
    }
    setTimeout(poll, 1000);
  }

  function start() {
    document.querySelectorAll('table.sortable').forEach(sortable);
    document.querySelectorAll('form.compare-form').forEach(compareForm);
    var body = document.getElementById('run-body');
    if (body) {
      bindRun(body);
      window.addEventListener('hashchange', function () { showTask(selectedFromHash(), true); });
      if (body.getAttribute('data-live') === 'true') { live(); }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
