/* The clause page's links (issue 3): pointing at an entity chip or an indicator row lights up its
   mentions in the clause text, so a reader sees where the text names it. Loaded with defer. */
(function () {
  'use strict';

  function light(selector, on) {
    var marks = document.querySelectorAll('#clause-text ' + selector);
    for (var i = 0; i < marks.length; i++) {
      marks[i].classList.toggle('lit', on);
    }
  }

  function wire(items, attribute, selectorFor) {
    for (var i = 0; i < items.length; i++) {
      (function (item) {
        var selector = selectorFor(item.getAttribute(attribute));
        var on = function () { light(selector, true); };
        var off = function () { light(selector, false); };
        item.addEventListener('mouseenter', on);
        item.addEventListener('mouseleave', off);
        item.addEventListener('focus', on);
        item.addEventListener('blur', off);
      }(items[i]));
    }
  }

  // ids and row numbers come from the server (gazetteer ids, integers); CSS.escape keeps any id a selector
  wire(document.querySelectorAll('#entities .chip[data-entity]'), 'data-entity', function (id) {
    return '.entity-mention[data-entity="' + CSS.escape(id) + '"]';
  });
  wire(document.querySelectorAll('#indicators tr[data-indicator]'), 'data-indicator', function (n) {
    return '.indicator-value[data-indicator="' + CSS.escape(n) + '"]';
  });
}());
