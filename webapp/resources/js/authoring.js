/*
 * The clause editor's small helpers (no inline script anywhere: CSP).
 * - Copies the text box's selection (start, end, in characters of its text) into the hidden
 *   fields edit:selStart / edit:selEnd, so that 标为强制性 / 取消强制性 / 在光标处拆分 know what
 *   was selected; shows the selection in words for keyboard and screen-reader users.
 * - Ctrl+Enter (or Cmd+Enter) in the form presses 保存.
 * - Asks before any button that carries data-confirm (publish, delete, merge …).
 * - The version outline (#version-outline): fold by chapter and filter by words from a heading or
 *   the text (data-text), so that a 291-clause draft can be worked through (issue #14.7).
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

  function wireOutline() {
    var tools = byId('outline-tools');
    var list = byId('version-outline');
    var filter = byId('outline-filter');
    var count = byId('outline-count');
    if (!tools || !list || !filter) {
      return;
    }
    tools.hidden = false;
    var rows = Array.prototype.slice.call(list.children);
    var chapterOf = [];
    var folded = {};
    var chapter = null;
    rows.forEach(function (li, i) {
      var depth = Number(li.getAttribute('data-depth'));
      if (depth === 1) {
        chapter = li;
        var next = rows[i + 1];
        if (next && Number(next.getAttribute('data-depth')) > 1) {
          var toggle = document.createElement('button');
          toggle.type = 'button';
          toggle.className = 'fold-toggle';
          toggle.setAttribute('aria-expanded', 'true');
          toggle.textContent = '▾';
          toggle.title = tools.getAttribute('data-fold');
          toggle.addEventListener('click', function () {
            var uid = li.getAttribute('data-uid');
            folded[uid] = !folded[uid];
            apply();
          });
          li.insertBefore(toggle, li.firstChild);
        }
      }
      chapterOf.push(depth === 1 ? null : chapter);
    });
    function apply() {
      var query = filter.value.trim();
      var shown = 0;
      rows.forEach(function (li, i) {
        var visible;
        if (query) {
          visible = (li.textContent + ' ' + (li.getAttribute('data-text') || '')).indexOf(query) >= 0;
        } else {
          var ch = chapterOf[i];
          visible = !(ch && folded[ch.getAttribute('data-uid')]);
        }
        li.hidden = !visible;
        if (visible) {
          shown++;
        }
        var toggle = li.querySelector(':scope > .fold-toggle');
        if (toggle) {
          var isFolded = !!folded[li.getAttribute('data-uid')];
          toggle.textContent = isFolded ? '▸' : '▾';
          toggle.setAttribute('aria-expanded', isFolded ? 'false' : 'true');
          toggle.title = tools.getAttribute(isFolded ? 'data-unfold' : 'data-fold');
        }
      });
      if (count) {
        count.textContent = (tools.getAttribute('data-count') || '{0} / {1}')
            .replace('{0}', String(shown)).replace('{1}', String(rows.length));
      }
    }
    filter.addEventListener('input', apply);
    byId('fold-all').addEventListener('click', function () {
      rows.forEach(function (li) {
        if (li.querySelector(':scope > .fold-toggle')) {
          folded[li.getAttribute('data-uid')] = true;
        }
      });
      apply();
    });
    byId('unfold-all').addEventListener('click', function () {
      folded = {};
      apply();
    });
    apply();
  }

  function start() {
    wireEditor();
    wireConfirms();
    wireOutline();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
