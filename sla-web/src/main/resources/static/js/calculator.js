/*
 * The credit calculator without a round trip: choosing a service level shows the fields of its uptime method at
 * once (the other methods' fields are hidden and disabled, so they are not sent), and after a refused submission
 * the error summary takes the focus so a keyboard or screen-reader user lands on it. The page works without this
 * script: the "show fields" button and the summary at the top of the form do the same.
 */
(function () {
  'use strict';
  var select = document.getElementById('serviceLevel');
  if (select) {
    var apply = function () {
      var option = select.options[select.selectedIndex];
      var method = option ? option.getAttribute('data-method') : null;
      var parts = document.querySelectorAll('[data-method-fields]');
      for (var i = 0; i < parts.length; i++) {
        var on = parts[i].getAttribute('data-method-fields') === method;
        parts[i].hidden = !on;
        parts[i].disabled = !on;
      }
    };
    select.addEventListener('change', apply);
    var switchButton = document.getElementById('switch-level');
    if (switchButton) {
      switchButton.hidden = true;
    }
    apply();
  }
  var summary = document.getElementById('calc-errors');
  if (summary) {
    summary.focus();
  }
}());
