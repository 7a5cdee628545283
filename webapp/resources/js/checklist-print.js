// The checklist page's 打印 button: the print view itself is print CSS (checklist.css @media print),
// so printing from the browser menu gives the same result; this only saves looking for the menu.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-checklist');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
