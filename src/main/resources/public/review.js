// Keyboard review: Space shows the answer, 1-4 grade it, U undoes the last review.
// The page works without this script: <details> reveals the answer and the buttons submit the form.
(function () {
  var reveal = document.getElementById('reveal');
  document.addEventListener('keydown', function (e) {
    if (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA' || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    if (e.key === ' ' && reveal) {
      e.preventDefault();
      reveal.open = true;
    } else if (/^[1-4]$/.test(e.key) && reveal && reveal.open) {
      var button = document.querySelector('button[data-key="' + e.key + '"]');
      if (button) { e.preventDefault(); button.click(); }
    } else if (e.key === 'u' || e.key === 'U') {
      document.getElementById('undo').click();
    }
  });
})();
