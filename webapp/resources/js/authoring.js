/*
 * The clause editor's small helpers (no inline script anywhere: CSP).
 * - Copies the text box's selection (start, end, in characters of its text) into the hidden
 *   fields edit:selStart / edit:selEnd, so that 标为强制性 / 取消强制性 / 在光标处拆分 know what
 *   was selected; shows the selection in words for keyboard and screen-reader users.
 * - Ctrl+Enter (or Cmd+Enter) in the form presses 保存.
 * - Asks before any button that carries data-confirm (publish, delete, merge …).
 */
(function () {
  'use strict';

  function byId(id) {
    return document.getElementById(id);
  }

  function describe(text, start, end) {
    if (start === end) {
      return '光标位于第 ' + (start + 1) + ' 字前（未选中文字）。';
    }
    var picked = text.substring(start, end);
    var shown = picked.length > 30 ? picked.substring(0, 30) + '…' : picked;
    return '已选中第 ' + (start + 1) + '–' + end + ' 字（共 ' + (end - start) + ' 字）：“' + shown + '”';
  }

  function wireEditor() {
    var area = byId('edit:text');
    var startField = byId('edit:selStart');
    var endField = byId('edit:selEnd');
    var status = byId('selection-status');
    if (!area || !startField || !endField) {
      return;
    }
    function record() {
      // the text box's value uses '\n' line ends, as the stored text does, so offsets agree
      startField.value = String(area.selectionStart);
      endField.value = String(area.selectionEnd);
      if (status) {
        status.textContent = describe(area.value, area.selectionStart, area.selectionEnd);
      }
    }
    ['select', 'keyup', 'mouseup', 'focus', 'input'].forEach(function (type) {
      area.addEventListener(type, record);
    });
    document.addEventListener('selectionchange', function () {
      if (document.activeElement === area) {
        record();
      }
    });
    var form = area.form;
    form.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        var save = byId('edit:save');
        if (save) {
          e.preventDefault();
          save.click();
        }
      }
    });
  }

  function wireConfirms() {
    document.addEventListener('click', function (e) {
      var button = e.target.closest ? e.target.closest('[data-confirm]') : null;
      if (button && !window.confirm(button.getAttribute('data-confirm'))) {
        e.preventDefault();
      }
    });
  }

  function start() {
    wireEditor();
    wireConfirms();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
