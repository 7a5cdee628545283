/* The search page on a phone: the results come first and the facets fold behind the 筛选 button.
   The CSS folds them only once this script has marked the layout, so that without script the
   facets stay readable below the results; on wide screens the CSS ignores the fold. */
(function () {
  'use strict';
  var layout = document.querySelector('.search-layout');
  var facets = document.getElementById('facets');
  var toggle = document.getElementById('facets-toggle');
  if (!layout || !facets || !toggle) {
    return;
  }
  layout.classList.add('facets-folded');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var open = layout.classList.toggle('facets-open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
}());
