/* The review page (review.xhtml): selecting words in the clause text (#review-text) fills the
   comment form's span, as character offsets into the clause text, and shows the chosen words.
   The text element holds the clause text as one escaped text node, so offsets counted here are
   the server's offsets (both count UTF-16 code units). No selection: the comment is on the whole
   clause. Loaded as a file; the page has no inline script. */
(function () {
  'use strict';

  var text = document.getElementById('review-text');
  var start = document.getElementById('comment:spanStart');
  var end = document.getElementById('comment:spanEnd');
  var note = document.getElementById('selection-note');
  var clear = document.getElementById('selection-clear');
  if (!text || !start || !end || !note) {
    return;
  }
  var whole = note.textContent;

  /** Offset of (node, offset) from the start of the text element, counted in characters. */
  function offsetOf(node, offset) {
    var range = document.createRange();
    range.selectNodeContents(text);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function reset() {
    start.value = '';
    end.value = '';
    note.textContent = whole;
    if (clear) {
      clear.hidden = true;
    }
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
    var from = offsetOf(range.startContainer, range.startOffset);
    var to = offsetOf(range.endContainer, range.endOffset);
    if (to <= from) {
      return;
    }
    start.value = String(from);
    end.value = String(to);
    var words = text.textContent.substring(from, to);
    note.textContent = '意见针对所选文字：“' + (words.length > 60 ? words.substring(0, 60) + '…' : words) + '”（第 '
        + (from + 1) + '–' + to + ' 字）';
    if (clear) {
      clear.hidden = false;
    }
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
  if (clear) {
    clear.addEventListener('click', reset);
  }
}());
