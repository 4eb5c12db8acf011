// Live preview of the claim form (/account/claims/new): as the customer types, the form (without the probe-log
// file) is posted to the preview address and the preview section is replaced by the answer. The page works the
// same without this script: the Preview button asks the server for the same section.
(function () {
  'use strict';
  var form = document.getElementById('claim-form');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var url = form.getAttribute('data-preview-url');
  var timer = null;
  var latest = 0;

  function refresh() {
    var data = new FormData(form);
    data.delete('probeLog');
    data.set('action', 'preview');
    var ticket = ++latest;
    fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null || ticket !== latest) {
          return;
        }
        var current = document.getElementById('claim-preview');
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('#claim-preview');
        if (current && fresh) {
          current.replaceWith(fresh);
        }
      })
      .catch(function () { /* the Preview button still works */ });
  }

  form.addEventListener('input', function (event) {
    if (event.target && event.target.type === 'file') {
      return;
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 400);
  });
}());
