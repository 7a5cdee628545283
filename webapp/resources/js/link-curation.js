/* The clause page's link curation (clause-link-curation.xhtml): selecting words in the clause text
   (#clause-text) fills the add form's "原文" field (#add-text) with the words and #add-start with
   their offset into the clause text. The page shows each paragraph of the text (split at '\n') as a
   <p>, so the offset is counted paragraph by paragraph, one character for each line break; the
   server looks the words up near that offset, so a blank line the page drops does no harm.
   Loaded as a file; the page has no inline script. */
(function () {
  'use strict';

  var text = document.getElementById('clause-text');
  var words = document.getElementById('add-text');
  var start = document.getElementById('add-start');
  if (!text || !words || !start) {
    return;
  }

  /** Offset of (node, offset) from the start of the clause text, or -1 outside its paragraphs. */
  function offsetOf(node, offset) {
    var paragraphs = text.querySelectorAll('p');
    var before = 0;
    for (var i = 0; i < paragraphs.length; i++) {
      var p = paragraphs[i];
      if (p.contains(node)) {
        var range = document.createRange();
        range.selectNodeContents(p);
        range.setEnd(node, offset);
        return before + range.toString().length;
      }
      before += p.textContent.length + 1;
    }
    return -1;
  }

  function capture() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
      return;
    }
    var chosen = range.toString();
    var from = offsetOf(range.startContainer, range.startOffset);
    if (from < 0 || chosen.length === 0 || chosen.length > 500) {
      return;
    }
    words.value = chosen;
    start.value = String(from);
  }

  text.addEventListener('mouseup', capture);
  text.addEventListener('keyup', capture);
  document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed && selection.rangeCount > 0
        && text.contains(selection.getRangeAt(0).commonAncestorContainer)) {
      capture();
    }
  });
}());
