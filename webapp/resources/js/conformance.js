// The conformance review page (org.plantrace.web.conformance): selecting words in a township clause
// fills the 补充审查事项 form with the clause and the words, so a finding is added "by selecting
// text". Without JavaScript the form is filled by hand; nothing else depends on this file.
(function () {
  'use strict';
  var form = document.getElementById('add-form');
  if (!form) {
    return;
  }
  var clause = document.getElementById('add-clause');
  var words = document.getElementById('add-selected');
  document.addEventListener('mouseup', fill);
  document.addEventListener('keyup', fill);
  function fill() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) {
      return;
    }
    var node = sel.anchorNode && (sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentElement);
    var text = node && node.closest ? node.closest('.township-text[data-uid]') : null;
    if (!text || !text.getAttribute('data-uid')) {
      return;
    }
    clause.value = text.getAttribute('data-uid');
    words.value = sel.toString().trim();
  }
})();
