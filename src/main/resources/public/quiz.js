// Keys 1-9 pick a multiple-choice answer; Enter submits as usual.
(function () {
  document.addEventListener('keydown', function (e) {
    if (e.target.tagName === 'INPUT' && e.target.type === 'text') { return; }
    if (!/^[1-9]$/.test(e.key)) { return; }
    var radios = document.querySelectorAll('input[type=radio][name=answer]');
    var r = radios[parseInt(e.key, 10) - 1];
    if (r) { r.checked = true; r.focus(); }
  });
})();
