// Keeps a copy of a long form in this browser while it is being filled in (power cuts, lost
// connections, an expired session), and offers to put it back when the page comes back without it.
// The form works the same without this script: it only adds a safety net.
(function () {
  'use strict';
  if (!window.localStorage) {
    return;
  }
  function values(form) {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'file' || el.type === 'hidden' || el.type === 'submit') {
        return;
      }
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) {
        data[el.name] = data[el.name] || [];
        return;
      }
      (data[el.name] = data[el.name] || []).push(el.value);
    });
    return data;
  }
  function restore(form, data) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !(el.name in data) || el.type === 'file' || el.type === 'hidden' || el.type === 'submit') {
        return;
      }
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = data[el.name].indexOf(el.value) >= 0;
      } else {
        el.value = data[el.name][0] || '';
      }
    });
  }
  document.querySelectorAll('form.keeps-copy').forEach(function (form) {
    var key = 'jigi-copy-' + form.getAttribute('data-copy');
    var stored = localStorage.getItem(key);
    if (stored) {
      var copy = JSON.parse(stored);
      if (JSON.stringify(copy) === JSON.stringify(values(form))) {
        localStorage.removeItem(key);
      } else {
        var note = document.createElement('div');
        note.className = 'notice';
        note.setAttribute('role', 'status');
        var text = document.createElement('p');
        text.textContent = form.getAttribute('data-restore-text');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'quiet';
        button.textContent = form.getAttribute('data-restore-button');
        button.addEventListener('click', function () {
          restore(form, copy);
          note.remove();
        });
        note.appendChild(text);
        note.appendChild(button);
        form.parentNode.insertBefore(note, form);
      }
    }
    var timer = null;
    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        localStorage.setItem(key, JSON.stringify(values(form)));
      }, 400);
    });
  });
})();
