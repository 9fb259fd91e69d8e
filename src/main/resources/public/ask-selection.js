// On the instructor's review page: select any words of the article and "Ask about the selection" opens the
// question form with the sentences they are in as the source (the form finds them in the article, so the learner's
// feedback links back there). The per-sentence "ask" links do the same without a mouse.
(function () {
  var pane = document.querySelector('.article-pane');
  var button = document.getElementById('ask-selection');
  if (!pane || !button) { return; }

  // the text of the sentences from the one the selection starts in to the one it ends in, without the "ask" links
  function sentences(range) {
    var first = closestSentence(range.startContainer);
    var last = closestSentence(range.endContainer);
    if (!first || !last) { return ''; }
    var all = Array.prototype.slice.call(pane.querySelectorAll('.sentence'));
    var from = all.indexOf(first);
    var to = all.indexOf(last);
    return all.slice(from, to + 1).map(function (s) { return s.textContent.trim(); }).join(' ');
  }

  function closestSentence(node) {
    var el = node.nodeType === 1 ? node : node.parentElement;
    return el ? el.closest('.sentence') : null;
  }

  // shown and hidden by visibility, not display: the article must not move under a selection being made
  function show(on) {
    button.classList.toggle('invisible', !on);
    button.setAttribute('aria-hidden', on ? 'false' : 'true');
    button.tabIndex = on ? 0 : -1;
  }

  document.addEventListener('selectionchange', function () {
    var sel = document.getSelection();
    var inside = sel && sel.rangeCount > 0 && !sel.isCollapsed && pane.contains(sel.getRangeAt(0).commonAncestorContainer);
    var text = inside ? sentences(sel.getRangeAt(0)) : '';
    if (text.length > 0 && text.length <= 2000) {
      button.href = button.dataset.base + '&source=' + encodeURIComponent(text);
      show(true);
    } else {
      show(false);
    }
  });
})();
