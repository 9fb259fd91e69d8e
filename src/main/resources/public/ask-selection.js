// On the instructor's review page: select any words of the article and "Ask about the selection" opens the
// question form with them as the source. The per-sentence "ask" links do the same without a mouse.
(function () {
  var pane = document.querySelector('.article-pane');
  var button = document.getElementById('ask-selection');
  if (!pane || !button) { return; }
  document.addEventListener('selectionchange', function () {
    var sel = document.getSelection();
    var text = sel ? sel.toString().trim() : '';
    var inside = sel && sel.rangeCount > 0 && pane.contains(sel.getRangeAt(0).commonAncestorContainer);
    if (inside && text.length > 0 && text.length <= 2000) {
      button.href = button.dataset.base + '&source=' + encodeURIComponent(text);
      button.hidden = false;
    } else {
      button.hidden = true;
    }
  });
})();
